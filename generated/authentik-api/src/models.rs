//! Data types of the API: one per component schema, plus named types
//! for inline objects and enums.
#![allow(deprecated)]

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge when a flow's active stage calls `stage_invalid()`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AccessDeniedChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub error_message: Option<String> => 1 "error_message" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub pending_user: String => 3 "pending_user" req,
        pub pending_user_avatar: String => 4 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 5 "response_errors" opt,
    }
    required(3 pending_user, 4 pending_user_avatar)
    shapes(5 map_seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AccountLockdownStage Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AccountLockdownStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Deactivate the user account (set is_active to False)
        pub deactivate_user: Option<bool> => 1 "deactivate_user" opt,
        /// Delete all active sessions for the user
        pub delete_sessions: Option<bool> => 2 "delete_sessions" opt,
        pub flow_set: Vec<FlowSet> => 3 "flow_set" req,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// Revoke all tokens for the user (API, app password, recovery, verification, OAuth)
        pub revoke_tokens: Option<bool> => 7 "revoke_tokens" opt,
        /// Flow to redirect users to after self-service lockdown. This flow should not require authentication since the user's session is deleted.
        pub self_service_completion_flow: Option<Option<::uuid::Uuid>> => 8 "self_service_completion_flow" opt_null,
        /// Set an unusable password for the user
        pub set_unusable_password: Option<bool> => 9 "set_unusable_password" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 10 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 11 "verbose_name_plural" req,
    }
    required(
        0 component, 3 flow_set, 4 meta_model_name, 5 name, 6 pk, 10 verbose_name,
        11 verbose_name_plural,
    )
    shapes(3 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AccountLockdownStage Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AccountLockdownStageRequest {
        /// Deactivate the user account (set is_active to False)
        pub deactivate_user: Option<bool> => 0 "deactivate_user" opt,
        /// Delete all active sessions for the user
        pub delete_sessions: Option<bool> => 1 "delete_sessions" opt,
        pub name: String => 2 "name" req,
        /// Revoke all tokens for the user (API, app password, recovery, verification, OAuth)
        pub revoke_tokens: Option<bool> => 3 "revoke_tokens" opt,
        /// Flow to redirect users to after self-service lockdown. This flow should not require authentication since the user's session is deleted.
        pub self_service_completion_flow: Option<Option<::uuid::Uuid>> => 4 "self_service_completion_flow" opt_null,
        /// Set an unusable password for the user
        pub set_unusable_password: Option<bool> => 5 "set_unusable_password" opt,
    }
    required(2 name)
}

#[cfg(feature = "agents")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Agent {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        pub expires: Option<Option<super::runtime::DateTime>> => 2 "expires" opt_null,
        pub expiring: Option<bool> => 3 "expiring" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 4 "is_active" opt,
        pub last_login: Option<Option<super::runtime::DateTime>> => 5 "last_login" opt_null,
        /// User's display name.
        pub name: String => 6 "name" req,
        pub parent: PartialUser => 7 "parent" req,
        pub pk: i64 => 8 "pk" req,
        pub policy_behavior: PolicyBehaviorEnum => 9 "policy_behavior" req,
        /// Identifier of the agent's API token, so its key can be retrieved/copied later.
        pub token_identifier: Option<String> => 10 "token_identifier" nullable,
        pub uid: String => 11 "uid" req,
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub username: String => 12 "username" req,
        pub uuid: ::uuid::Uuid => 13 "uuid" req,
    }
    required(6 name, 7 parent, 8 pk, 9 policy_behavior, 11 uid, 12 username, 13 uuid)
    zero(required)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentAuthenticationResponse {
        pub url: String => 0 "url" req,
    }
    required(0 url)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentConfig {
        pub auth_terminate_session_on_expiry: bool => 0 "auth_terminate_session_on_expiry" req,
        pub authorization_flow: Option<String> => 1 "authorization_flow" nullable,
        pub device_id: String => 2 "device_id" req,
        pub jwks_auth: ::std::collections::BTreeMap<String, ::serde_json::Value> => 3 "jwks_auth" req,
        pub jwks_challenge: Option<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        > => 4 "jwks_challenge" nullable,
        pub license_status: Option<LicenseStatusEnum> => 5 "license_status" nullable,
        pub nss_gid_offset: i64 => 6 "nss_gid_offset" req,
        pub nss_uid_offset: i64 => 7 "nss_uid_offset" req,
        pub refresh_interval: i64 => 8 "refresh_interval" req,
        pub system_config: Config => 9 "system_config" req,
    }
    required(
        0 auth_terminate_session_on_expiry, 2 device_id, 3 jwks_auth, 6 nss_gid_offset,
        7 nss_uid_offset, 8 refresh_interval, 9 system_config,
    )
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `AgentConnector`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentConnector {
        pub auth_session_duration: Option<String> => 0 "auth_session_duration" opt,
        pub auth_terminate_session_on_expiry: Option<bool> => 1 "auth_terminate_session_on_expiry" opt,
        pub authorization_flow: Option<Option<::uuid::Uuid>> => 2 "authorization_flow" opt_null,
        pub challenge_idle_timeout: Option<String> => 3 "challenge_idle_timeout" opt,
        pub challenge_key: Option<Option<::uuid::Uuid>> => 4 "challenge_key" opt_null,
        pub challenge_trigger_check_in: Option<bool> => 5 "challenge_trigger_check_in" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 6 "component" req,
        pub connector_uuid: Option<::uuid::Uuid> => 7 "connector_uuid" opt,
        pub enabled: Option<bool> => 8 "enabled" opt,
        pub jwt_federation_providers: Option<Vec<i64>> => 9 "jwt_federation_providers" opt,
        /// Return internal model name
        pub meta_model_name: String => 10 "meta_model_name" req,
        pub name: String => 11 "name" req,
        pub nss_gid_offset: Option<u32> => 12 "nss_gid_offset" opt,
        pub nss_uid_offset: Option<u32> => 13 "nss_uid_offset" opt,
        pub refresh_interval: Option<String> => 14 "refresh_interval" opt,
        pub snapshot_expiry: Option<String> => 15 "snapshot_expiry" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 16 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 17 "verbose_name_plural" req,
    }
    required(6 component, 10 meta_model_name, 11 name, 16 verbose_name, 17 verbose_name_plural)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `AgentConnectorRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentConnectorRequest {
        pub auth_session_duration: Option<String> => 0 "auth_session_duration" opt,
        pub auth_terminate_session_on_expiry: Option<bool> => 1 "auth_terminate_session_on_expiry" opt,
        pub authorization_flow: Option<Option<::uuid::Uuid>> => 2 "authorization_flow" opt_null,
        pub challenge_idle_timeout: Option<String> => 3 "challenge_idle_timeout" opt,
        pub challenge_key: Option<Option<::uuid::Uuid>> => 4 "challenge_key" opt_null,
        pub challenge_trigger_check_in: Option<bool> => 5 "challenge_trigger_check_in" opt,
        pub connector_uuid: Option<::uuid::Uuid> => 6 "connector_uuid" opt,
        pub enabled: Option<bool> => 7 "enabled" opt,
        pub jwt_federation_providers: Option<Vec<i64>> => 8 "jwt_federation_providers" opt,
        pub name: String => 9 "name" req,
        pub nss_gid_offset: Option<u32> => 10 "nss_gid_offset" opt,
        pub nss_uid_offset: Option<u32> => 11 "nss_uid_offset" opt,
        pub refresh_interval: Option<String> => 12 "refresh_interval" opt,
        pub snapshot_expiry: Option<String> => 13 "snapshot_expiry" opt,
    }
    required(9 name)
}

#[cfg(feature = "agents")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AgentCreateRequest {
        pub expires: Option<Option<super::runtime::DateTime>> => 0 "expires" opt_null,
        pub expiring: Option<bool> => 1 "expiring" opt,
        pub label: Option<String> => 2 "label" opt,
        pub parent: Option<i64> => 3 "parent" opt,
        pub policy_behavior: Option<PolicyBehaviorEnum> => 4 "policy_behavior" opt,
    }
    required()
}

#[cfg(feature = "agents")]
super::runtime::object! {
    /// Response returned once when an agent is created, carrying the one-time API token.
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentCreated {
        pub agent: Agent => 0 "agent" req,
        pub token: String => 1 "token" req,
    }
    required(0 agent, 1 token)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Register Apple device via Platform SSO
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentPSSODeviceRegistrationRequest {
        pub device_encryption_key: String => 0 "device_encryption_key" req,
        pub device_signing_key: String => 1 "device_signing_key" req,
        pub enc_key_id: String => 2 "enc_key_id" req,
        pub sign_key_id: String => 3 "sign_key_id" req,
    }
    required(0 device_encryption_key, 1 device_signing_key, 2 enc_key_id, 3 sign_key_id)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// authentik settings for Platform SSO tokens
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentPSSODeviceRegistrationResponse {
        pub audience: String => 0 "audience" req,
        pub client_id: String => 1 "client_id" req,
        pub issuer: String => 2 "issuer" req,
        pub jwks_endpoint: String => 3 "jwks_endpoint" req,
        pub nonce_endpoint: String => 4 "nonce_endpoint" req,
        pub token_endpoint: String => 5 "token_endpoint" req,
    }
    required(0 audience, 1 client_id, 2 issuer, 3 jwks_endpoint, 4 nonce_endpoint, 5 token_endpoint)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Register Apple device user via Platform SSO
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentPSSOUserRegistrationRequest {
        pub enclave_key_id: String => 0 "enclave_key_id" req,
        pub user_auth: String => 1 "user_auth" req,
        pub user_secure_enclave_key: String => 2 "user_secure_enclave_key" req,
    }
    required(0 enclave_key_id, 1 user_auth, 2 user_secure_enclave_key)
}

#[cfg(feature = "agents")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        pub expires: Option<Option<super::runtime::DateTime>> => 2 "expires" opt_null,
        pub expiring: Option<bool> => 3 "expiring" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 4 "is_active" opt,
        pub last_login: Option<Option<super::runtime::DateTime>> => 5 "last_login" opt_null,
        /// User's display name.
        pub name: String => 6 "name" req,
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub username: String => 7 "username" req,
    }
    required(6 name, 7 username)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AgentTokenResponse {
        pub expires_in: Option<i64> => 0 "expires_in" opt,
        pub token: String => 1 "token" req,
    }
    required(1 token)
}

#[cfg(feature = "crypto")]
/// `AlgEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AlgEnum {
    /// `rsa`
    Rsa,
    /// `ecdsa`
    Ecdsa,
    /// `ed25519`
    Ed25519,
    /// `ed448`
    Ed448,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "crypto")]
super::runtime::string_enum!(
    AlgEnum, Unknown { Rsa => "rsa", Ecdsa => "ecdsa", Ed25519 => "ed25519", Ed448 =>
    "ed448", }
);

#[cfg(feature = "admin")]
super::runtime::object! {
    /// Serialize Application info
    #[derive(Clone, Debug, PartialEq)]
    pub struct App {
        pub label: String => 0 "label" req,
        pub name: String => 1 "name" req,
    }
    required(0 label, 1 name)
}

#[cfg(feature = "policies")]
/// `AppEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppEnum {
    /// `authentik.commands`
    AuthentikCommands,
    /// `authentik.tenants`
    AuthentikTenants,
    /// `authentik.tasks`
    AuthentikTasks,
    /// `authentik.admin`
    AuthentikAdmin,
    /// `authentik.api`
    AuthentikApi,
    /// `authentik.core`
    AuthentikCore,
    /// `authentik.crypto`
    AuthentikCrypto,
    /// `authentik.endpoints`
    AuthentikEndpoints,
    /// `authentik.endpoints.connectors.agent`
    AuthentikEndpointsConnectorsAgent,
    /// `authentik.enterprise`
    AuthentikEnterprise,
    /// `authentik.events`
    AuthentikEvents,
    /// `authentik.admin.files`
    AuthentikAdminFiles,
    /// `authentik.flows`
    AuthentikFlows,
    /// `authentik.outposts`
    AuthentikOutposts,
    /// `authentik.policies.dummy`
    AuthentikPoliciesDummy,
    /// `authentik.policies.event_matcher`
    AuthentikPoliciesEventMatcher,
    /// `authentik.policies.expiry`
    AuthentikPoliciesExpiry,
    /// `authentik.policies.expression`
    AuthentikPoliciesExpression,
    /// `authentik.policies.geoip`
    AuthentikPoliciesGeoip,
    /// `authentik.policies.password`
    AuthentikPoliciesPassword,
    /// `authentik.policies.reputation`
    AuthentikPoliciesReputation,
    /// `authentik.policies`
    AuthentikPolicies,
    /// `authentik.providers.ldap`
    AuthentikProvidersLdap,
    /// `authentik.providers.oauth2`
    AuthentikProvidersOauth2,
    /// `authentik.providers.proxy`
    AuthentikProvidersProxy,
    /// `authentik.providers.rac`
    AuthentikProvidersRac,
    /// `authentik.providers.radius`
    AuthentikProvidersRadius,
    /// `authentik.providers.saml`
    AuthentikProvidersSaml,
    /// `authentik.providers.scim`
    AuthentikProvidersScim,
    /// `authentik.rbac`
    AuthentikRbac,
    /// `authentik.recovery`
    AuthentikRecovery,
    /// `authentik.sources.kerberos`
    AuthentikSourcesKerberos,
    /// `authentik.sources.ldap`
    AuthentikSourcesLdap,
    /// `authentik.sources.oauth`
    AuthentikSourcesOauth,
    /// `authentik.sources.plex`
    AuthentikSourcesPlex,
    /// `authentik.sources.saml`
    AuthentikSourcesSaml,
    /// `authentik.sources.scim`
    AuthentikSourcesScim,
    /// `authentik.sources.telegram`
    AuthentikSourcesTelegram,
    /// `authentik.stages.authenticator`
    AuthentikStagesAuthenticator,
    /// `authentik.stages.authenticator_duo`
    AuthentikStagesAuthenticatorDuo,
    /// `authentik.stages.authenticator_email`
    AuthentikStagesAuthenticatorEmail,
    /// `authentik.stages.authenticator_sms`
    AuthentikStagesAuthenticatorSms,
    /// `authentik.stages.authenticator_static`
    AuthentikStagesAuthenticatorStatic,
    /// `authentik.stages.authenticator_totp`
    AuthentikStagesAuthenticatorTotp,
    /// `authentik.stages.authenticator_validate`
    AuthentikStagesAuthenticatorValidate,
    /// `authentik.stages.authenticator_webauthn`
    AuthentikStagesAuthenticatorWebauthn,
    /// `authentik.stages.captcha`
    AuthentikStagesCaptcha,
    /// `authentik.stages.consent`
    AuthentikStagesConsent,
    /// `authentik.stages.deny`
    AuthentikStagesDeny,
    /// `authentik.stages.dummy`
    AuthentikStagesDummy,
    /// `authentik.stages.email`
    AuthentikStagesEmail,
    /// `authentik.stages.identification`
    AuthentikStagesIdentification,
    /// `authentik.stages.invitation`
    AuthentikStagesInvitation,
    /// `authentik.stages.password`
    AuthentikStagesPassword,
    /// `authentik.stages.prompt`
    AuthentikStagesPrompt,
    /// `authentik.stages.redirect`
    AuthentikStagesRedirect,
    /// `authentik.stages.user_delete`
    AuthentikStagesUserDelete,
    /// `authentik.stages.user_login`
    AuthentikStagesUserLogin,
    /// `authentik.stages.user_logout`
    AuthentikStagesUserLogout,
    /// `authentik.stages.user_write`
    AuthentikStagesUserWrite,
    /// `authentik.tasks.schedules`
    AuthentikTasksSchedules,
    /// `authentik.brands`
    AuthentikBrands,
    /// `authentik.blueprints`
    AuthentikBlueprints,
    /// `authentik.enterprise.agents`
    AuthentikEnterpriseAgents,
    /// `authentik.enterprise.audit`
    AuthentikEnterpriseAudit,
    /// `authentik.enterprise.endpoints.connectors.agent`
    AuthentikEnterpriseEndpointsConnectorsAgent,
    /// `authentik.enterprise.endpoints.connectors.fleet`
    AuthentikEnterpriseEndpointsConnectorsFleet,
    /// `authentik.enterprise.endpoints.connectors.google_chrome`
    AuthentikEnterpriseEndpointsConnectorsGoogleChrome,
    /// `authentik.enterprise.lifecycle`
    AuthentikEnterpriseLifecycle,
    /// `authentik.enterprise.policies.unique_password`
    AuthentikEnterprisePoliciesUniquePassword,
    /// `authentik.enterprise.providers.google_workspace`
    AuthentikEnterpriseProvidersGoogleWorkspace,
    /// `authentik.enterprise.providers.microsoft_entra`
    AuthentikEnterpriseProvidersMicrosoftEntra,
    /// `authentik.enterprise.providers.oauth2`
    AuthentikEnterpriseProvidersOauth2,
    /// `authentik.enterprise.providers.radius`
    AuthentikEnterpriseProvidersRadius,
    /// `authentik.enterprise.providers.scim`
    AuthentikEnterpriseProvidersScim,
    /// `authentik.enterprise.providers.ssf`
    AuthentikEnterpriseProvidersSsf,
    /// `authentik.enterprise.providers.ws_federation`
    AuthentikEnterpriseProvidersWsFederation,
    /// `authentik.enterprise.reports`
    AuthentikEnterpriseReports,
    /// `authentik.enterprise.requests`
    AuthentikEnterpriseRequests,
    /// `authentik.enterprise.stages.account_lockdown`
    AuthentikEnterpriseStagesAccountLockdown,
    /// `authentik.enterprise.stages.authenticator_endpoint_gdtc`
    AuthentikEnterpriseStagesAuthenticatorEndpointGdtc,
    /// `authentik.enterprise.stages.mtls`
    AuthentikEnterpriseStagesMtls,
    /// `authentik.enterprise.stages.source`
    AuthentikEnterpriseStagesSource,
    /// `authentik.enterprise.providers.rac`
    AuthentikEnterpriseProvidersRac,
    /// `authentik.enterprise.search`
    AuthentikEnterpriseSearch,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "policies")]
super::runtime::string_enum!(
    AppEnum, Unknown { AuthentikCommands => "authentik.commands", AuthentikTenants =>
    "authentik.tenants", AuthentikTasks => "authentik.tasks", AuthentikAdmin =>
    "authentik.admin", AuthentikApi => "authentik.api", AuthentikCore =>
    "authentik.core", AuthentikCrypto => "authentik.crypto", AuthentikEndpoints =>
    "authentik.endpoints", AuthentikEndpointsConnectorsAgent =>
    "authentik.endpoints.connectors.agent", AuthentikEnterprise =>
    "authentik.enterprise", AuthentikEvents => "authentik.events", AuthentikAdminFiles =>
    "authentik.admin.files", AuthentikFlows => "authentik.flows", AuthentikOutposts =>
    "authentik.outposts", AuthentikPoliciesDummy => "authentik.policies.dummy",
    AuthentikPoliciesEventMatcher => "authentik.policies.event_matcher",
    AuthentikPoliciesExpiry => "authentik.policies.expiry", AuthentikPoliciesExpression
    => "authentik.policies.expression", AuthentikPoliciesGeoip =>
    "authentik.policies.geoip", AuthentikPoliciesPassword =>
    "authentik.policies.password", AuthentikPoliciesReputation =>
    "authentik.policies.reputation", AuthentikPolicies => "authentik.policies",
    AuthentikProvidersLdap => "authentik.providers.ldap", AuthentikProvidersOauth2 =>
    "authentik.providers.oauth2", AuthentikProvidersProxy => "authentik.providers.proxy",
    AuthentikProvidersRac => "authentik.providers.rac", AuthentikProvidersRadius =>
    "authentik.providers.radius", AuthentikProvidersSaml => "authentik.providers.saml",
    AuthentikProvidersScim => "authentik.providers.scim", AuthentikRbac =>
    "authentik.rbac", AuthentikRecovery => "authentik.recovery", AuthentikSourcesKerberos
    => "authentik.sources.kerberos", AuthentikSourcesLdap => "authentik.sources.ldap",
    AuthentikSourcesOauth => "authentik.sources.oauth", AuthentikSourcesPlex =>
    "authentik.sources.plex", AuthentikSourcesSaml => "authentik.sources.saml",
    AuthentikSourcesScim => "authentik.sources.scim", AuthentikSourcesTelegram =>
    "authentik.sources.telegram", AuthentikStagesAuthenticator =>
    "authentik.stages.authenticator", AuthentikStagesAuthenticatorDuo =>
    "authentik.stages.authenticator_duo", AuthentikStagesAuthenticatorEmail =>
    "authentik.stages.authenticator_email", AuthentikStagesAuthenticatorSms =>
    "authentik.stages.authenticator_sms", AuthentikStagesAuthenticatorStatic =>
    "authentik.stages.authenticator_static", AuthentikStagesAuthenticatorTotp =>
    "authentik.stages.authenticator_totp", AuthentikStagesAuthenticatorValidate =>
    "authentik.stages.authenticator_validate", AuthentikStagesAuthenticatorWebauthn =>
    "authentik.stages.authenticator_webauthn", AuthentikStagesCaptcha =>
    "authentik.stages.captcha", AuthentikStagesConsent => "authentik.stages.consent",
    AuthentikStagesDeny => "authentik.stages.deny", AuthentikStagesDummy =>
    "authentik.stages.dummy", AuthentikStagesEmail => "authentik.stages.email",
    AuthentikStagesIdentification => "authentik.stages.identification",
    AuthentikStagesInvitation => "authentik.stages.invitation", AuthentikStagesPassword
    => "authentik.stages.password", AuthentikStagesPrompt => "authentik.stages.prompt",
    AuthentikStagesRedirect => "authentik.stages.redirect", AuthentikStagesUserDelete =>
    "authentik.stages.user_delete", AuthentikStagesUserLogin =>
    "authentik.stages.user_login", AuthentikStagesUserLogout =>
    "authentik.stages.user_logout", AuthentikStagesUserWrite =>
    "authentik.stages.user_write", AuthentikTasksSchedules =>
    "authentik.tasks.schedules", AuthentikBrands => "authentik.brands",
    AuthentikBlueprints => "authentik.blueprints", AuthentikEnterpriseAgents =>
    "authentik.enterprise.agents", AuthentikEnterpriseAudit =>
    "authentik.enterprise.audit", AuthentikEnterpriseEndpointsConnectorsAgent =>
    "authentik.enterprise.endpoints.connectors.agent",
    AuthentikEnterpriseEndpointsConnectorsFleet =>
    "authentik.enterprise.endpoints.connectors.fleet",
    AuthentikEnterpriseEndpointsConnectorsGoogleChrome =>
    "authentik.enterprise.endpoints.connectors.google_chrome",
    AuthentikEnterpriseLifecycle => "authentik.enterprise.lifecycle",
    AuthentikEnterprisePoliciesUniquePassword =>
    "authentik.enterprise.policies.unique_password",
    AuthentikEnterpriseProvidersGoogleWorkspace =>
    "authentik.enterprise.providers.google_workspace",
    AuthentikEnterpriseProvidersMicrosoftEntra =>
    "authentik.enterprise.providers.microsoft_entra", AuthentikEnterpriseProvidersOauth2
    => "authentik.enterprise.providers.oauth2", AuthentikEnterpriseProvidersRadius =>
    "authentik.enterprise.providers.radius", AuthentikEnterpriseProvidersScim =>
    "authentik.enterprise.providers.scim", AuthentikEnterpriseProvidersSsf =>
    "authentik.enterprise.providers.ssf", AuthentikEnterpriseProvidersWsFederation =>
    "authentik.enterprise.providers.ws_federation", AuthentikEnterpriseReports =>
    "authentik.enterprise.reports", AuthentikEnterpriseRequests =>
    "authentik.enterprise.requests", AuthentikEnterpriseStagesAccountLockdown =>
    "authentik.enterprise.stages.account_lockdown",
    AuthentikEnterpriseStagesAuthenticatorEndpointGdtc =>
    "authentik.enterprise.stages.authenticator_endpoint_gdtc",
    AuthentikEnterpriseStagesMtls => "authentik.enterprise.stages.mtls",
    AuthentikEnterpriseStagesSource => "authentik.enterprise.stages.source",
    AuthentikEnterpriseProvidersRac => "authentik.enterprise.providers.rac",
    AuthentikEnterpriseSearch => "authentik.enterprise.search", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Pseudo class for apple response
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AppleChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `AppleIndependentSecureEnclave`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AppleIndependentSecureEnclave {
        pub apple_enclave_key_id: String => 0 "apple_enclave_key_id" req,
        pub apple_secure_enclave_key: String => 1 "apple_secure_enclave_key" req,
        pub device_type: String => 2 "device_type" req,
        /// The user that this device belongs to.
        pub user: i64 => 3 "user" req,
        pub uuid: Option<::uuid::Uuid> => 4 "uuid" opt,
    }
    required(0 apple_enclave_key_id, 1 apple_secure_enclave_key, 2 device_type, 3 user)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `AppleIndependentSecureEnclaveRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AppleIndependentSecureEnclaveRequest {
        pub apple_enclave_key_id: String => 0 "apple_enclave_key_id" req,
        pub apple_secure_enclave_key: String => 1 "apple_secure_enclave_key" req,
        pub device_type: String => 2 "device_type" req,
        /// The user that this device belongs to.
        pub user: i64 => 3 "user" req,
        pub uuid: Option<::uuid::Uuid> => 4 "uuid" opt,
    }
    required(0 apple_enclave_key_id, 1 apple_secure_enclave_key, 2 device_type, 3 user)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Special challenge for apple-native authentication flow, which happens on the client.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AppleLoginChallenge {
        pub client_id: String => 0 "client_id" req,
        pub component: Option<String> => 1 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub redirect_uri: String => 3 "redirect_uri" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 4 "response_errors" opt,
        pub scope: String => 5 "scope" req,
        pub state: String => 6 "state" req,
    }
    required(0 client_id, 3 redirect_uri, 5 scope, 6 state)
    shapes(4 map_seq)
}

#[cfg(any(feature = "core", feature = "requests"))]
super::runtime::object! {
    /// Application Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Application {
        pub backchannel_providers: Option<Vec<i64>> => 0 "backchannel_providers" opt,
        pub backchannel_providers_obj: Vec<Provider> => 1 "backchannel_providers_obj" req,
        pub group: Option<String> => 2 "group" opt,
        /// Allow formatting of launch URL
        pub launch_url: Option<String> => 3 "launch_url" nullable,
        pub meta_description: Option<String> => 4 "meta_description" opt,
        /// Hide this application from the user's My applications page.
        ///
        /// Since 2026.11.0-rc1.
        pub meta_hide: Option<bool> => 5 "meta_hide" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub meta_icon: Option<Option<String>> => 6 "meta_icon" opt_null,
        /// Since 2026.11.0-rc1.
        pub meta_icon_themed_urls: Option<Option<ThemedUrls>> => 7 "meta_icon_themed_urls" opt_null,
        /// Get the URL to the App Icon image
        ///
        /// Since 2026.11.0-rc1.
        pub meta_icon_url: Option<Option<String>> => 8 "meta_icon_url" opt_null,
        pub meta_launch_url: Option<String> => 9 "meta_launch_url" opt,
        pub meta_publisher: Option<String> => 10 "meta_publisher" opt,
        /// Application's display Name.
        pub name: String => 11 "name" req,
        /// Open launch URL in a new browser tab or window.
        pub open_in_new_tab: Option<bool> => 12 "open_in_new_tab" opt,
        /// Since 2026.11.0-rc1.
        pub pbm_uuid: Option<::uuid::Uuid> => 13 "pbm_uuid" opt,
        pub pk: ::uuid::Uuid => 14 "pk" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 15 "policy_engine_mode" opt,
        pub provider: Option<Option<i64>> => 16 "provider" opt_null,
        pub provider_obj: Option<Provider> => 17 "provider_obj" nullable,
        /// Internal application name, used in URLs.
        pub slug: String => 18 "slug" req,
    }
    required(1 backchannel_providers_obj, 11 name, 14 pk, 18 slug)
    zero(required)
    shapes(1 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// ApplicationEntitlement Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ApplicationEntitlement {
        pub app: ::uuid::Uuid => 0 "app" req,
        /// Nullable in 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 1 "attributes" opt_null,
        pub name: String => 2 "name" req,
        pub pbm_uuid: ::uuid::Uuid => 3 "pbm_uuid" req,
    }
    required(0 app, 2 name, 3 pbm_uuid)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// ApplicationEntitlement Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ApplicationEntitlementRequest {
        pub app: ::uuid::Uuid => 0 "app" req,
        /// Nullable in 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 1 "attributes" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 app, 2 name)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Application Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ApplicationRequest {
        pub backchannel_providers: Option<Vec<i64>> => 0 "backchannel_providers" opt,
        pub group: Option<String> => 1 "group" opt,
        pub meta_description: Option<String> => 2 "meta_description" opt,
        /// Hide this application from the user's My applications page.
        ///
        /// Since 2026.11.0-rc1.
        pub meta_hide: Option<bool> => 3 "meta_hide" opt,
        /// Since 2026.11.0-rc1.
        pub meta_icon: Option<String> => 4 "meta_icon" opt,
        pub meta_launch_url: Option<String> => 5 "meta_launch_url" opt,
        pub meta_publisher: Option<String> => 6 "meta_publisher" opt,
        /// Application's display Name.
        pub name: String => 7 "name" req,
        /// Open launch URL in a new browser tab or window.
        pub open_in_new_tab: Option<bool> => 8 "open_in_new_tab" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 9 "policy_engine_mode" opt,
        pub provider: Option<Option<i64>> => 10 "provider" opt_null,
        /// Internal application name, used in URLs.
        pub slug: String => 11 "slug" req,
    }
    required(7 name, 11 slug)
    zero(required)
}

#[cfg(feature = "stages")]
/// `AuthTypeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthTypeEnum {
    /// `basic`
    Basic,
    /// `bearer`
    Bearer,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    AuthTypeEnum, Unknown { Basic => "basic", Bearer => "bearer", }
);

#[cfg(feature = "core")]
super::runtime::object! {
    /// AuthenticatedSession Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatedSession {
        /// Get ASN Data
        pub asn: Option<AuthenticatedSessionAsn> => 0 "asn" nullable,
        /// Check if session is currently active session
        pub current: bool => 1 "current" req,
        /// Optional in 2024.8.3, 2024.12.1.
        /// Nullable in 2024.8.3, 2024.12.1.
        pub expires: Option<Option<super::runtime::DateTime>> => 2 "expires" opt_null,
        /// Get GeoIP Data
        pub geo_ip: Option<AuthenticatedSessionGeoIp> => 3 "geo_ip" nullable,
        pub last_ip: String => 4 "last_ip" req,
        pub last_used: super::runtime::DateTime => 5 "last_used" req,
        /// Optional in 2024.8.3, 2024.12.1.
        pub last_user_agent: Option<String> => 6 "last_user_agent" opt,
        pub user: i64 => 7 "user" req,
        /// Get parsed user agent
        pub user_agent: AuthenticatedSessionUserAgent => 8 "user_agent" req,
        pub uuid: Option<::uuid::Uuid> => 9 "uuid" opt,
    }
    required(1 current, 4 last_ip, 5 last_used, 7 user, 8 user_agent)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `AuthenticatedSessionAsn`
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatedSessionAsn {
        pub as_org: Option<String> => 0 "as_org" nullable,
        pub asn: Option<i64> => 1 "asn" nullable,
        pub network: Option<String> => 2 "network" nullable,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `AuthenticatedSessionGeoIp`
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatedSessionGeoIp {
        pub city: String => 0 "city" req,
        pub continent: Option<String> => 1 "continent" nullable,
        pub country: Option<String> => 2 "country" nullable,
        pub lat: Option<super::runtime::Number> => 3 "lat" nullable,
        pub long: Option<super::runtime::Number> => 4 "long" nullable,
    }
    required(0 city)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `AuthenticatedSessionUserAgent`
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatedSessionUserAgent {
        /// User agent device
        pub device: AuthenticatedSessionUserAgentDevice => 0 "device" req,
        /// User agent os
        pub os: AuthenticatedSessionUserAgentOs => 1 "os" req,
        pub string: String => 2 "string" req,
        /// User agent browser
        pub user_agent: AuthenticatedSessionUserAgentUserAgent => 3 "user_agent" req,
    }
    required(0 device, 1 os, 2 string, 3 user_agent)
    zero(required)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `AuthenticatedSessionUserAgentDevice`
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatedSessionUserAgentDevice {
        pub brand: Option<String> => 0 "brand" nullable,
        pub family: String => 1 "family" req,
        pub model: Option<String> => 2 "model" nullable,
    }
    required(1 family)
    zero(required)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `AuthenticatedSessionUserAgentOs`
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatedSessionUserAgentOs {
        pub family: String => 0 "family" req,
        pub major: Option<String> => 1 "major" nullable,
        pub minor: Option<String> => 2 "minor" nullable,
        pub patch: Option<String> => 3 "patch" nullable,
        pub patch_minor: Option<String> => 4 "patch_minor" nullable,
    }
    required(0 family)
    zero(required)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `AuthenticatedSessionUserAgentUserAgent`
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatedSessionUserAgentUserAgent {
        pub family: String => 0 "family" req,
        pub major: String => 1 "major" req,
        pub minor: String => 2 "minor" req,
        pub patch: String => 3 "patch" req,
    }
    required(0 family, 1 major, 2 minor, 3 patch)
    zero(required)
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// `AuthenticationEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthenticationEnum {
    /// `none`
    None,
    /// `require_authenticated`
    RequireAuthenticated,
    /// `require_unauthenticated`
    RequireUnauthenticated,
    /// `require_superuser`
    RequireSuperuser,
    /// `require_redirect`
    RequireRedirect,
    /// `require_outpost`
    RequireOutpost,
    /// `require_token`
    RequireToken,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::string_enum!(
    AuthenticationEnum, Unknown { None => "none", RequireAuthenticated =>
    "require_authenticated", RequireUnauthenticated => "require_unauthenticated",
    RequireSuperuser => "require_superuser", RequireRedirect => "require_redirect",
    RequireOutpost => "require_outpost", RequireToken => "require_token", }
);

#[cfg(feature = "stages")]
/// `AuthenticatorAttachmentEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthenticatorAttachmentEnum {
    /// `platform`
    Platform,
    /// `cross-platform`
    CrossPlatform,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    AuthenticatorAttachmentEnum, Unknown { Platform => "platform", CrossPlatform =>
    "cross-platform", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Duo Challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorDuoChallenge {
        pub activation_barcode: String => 0 "activation_barcode" req,
        pub activation_code: String => 1 "activation_code" req,
        pub component: Option<String> => 2 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 3 "flow_info" opt,
        pub pending_user: String => 4 "pending_user" req,
        pub pending_user_avatar: String => 5 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 6 "response_errors" opt,
        pub stage_uuid: String => 7 "stage_uuid" req,
    }
    required(
        0 activation_barcode, 1 activation_code, 4 pending_user, 5 pending_user_avatar,
        7 stage_uuid,
    )
    shapes(6 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Pseudo class for duo response
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorDuoChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorDuoStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorDuoStage {
        pub admin_integration_key: Option<String> => 0 "admin_integration_key" opt,
        pub api_hostname: String => 1 "api_hostname" req,
        pub client_id: String => 2 "client_id" req,
        /// Get object type so that we know how to edit the object
        pub component: String => 3 "component" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 4 "configure_flow" opt_null,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 5 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 6 "friendly_name" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 7 "meta_model_name" req,
        pub name: String => 8 "name" req,
        pub pk: ::uuid::Uuid => 9 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 10 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 11 "verbose_name_plural" req,
    }
    required(
        1 api_hostname, 2 client_id, 3 component, 7 meta_model_name, 8 name, 9 pk, 10 verbose_name,
        11 verbose_name_plural,
    )
    shapes(5 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `AuthenticatorDuoStageDeviceImportResponse`
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorDuoStageDeviceImportResponse {
        pub count: i64 => 0 "count" req,
        pub error: String => 1 "error" req,
    }
    required(0 count, 1 error)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `AuthenticatorDuoStageManualDeviceImportRequest`
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorDuoStageManualDeviceImportRequest {
        pub duo_user_id: String => 0 "duo_user_id" req,
        pub username: String => 1 "username" req,
    }
    required(0 duo_user_id, 1 username)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorDuoStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorDuoStageRequest {
        pub admin_integration_key: Option<String> => 0 "admin_integration_key" opt,
        pub admin_secret_key: Option<String> => 1 "admin_secret_key" opt,
        pub api_hostname: String => 2 "api_hostname" req,
        pub client_id: String => 3 "client_id" req,
        pub client_secret: String => 4 "client_secret" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 5 "configure_flow" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 6 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 7 "friendly_name" opt_null,
        pub name: String => 8 "name" req,
    }
    required(2 api_hostname, 3 client_id, 4 client_secret, 8 name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Authenticator Email Setup challenge
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorEmailChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub email: Option<Option<String>> => 1 "email" opt_null,
        pub email_required: Option<bool> => 2 "email_required" opt,
        pub flow_info: Option<ContextualFlowInfo> => 3 "flow_info" opt,
        pub pending_user: String => 4 "pending_user" req,
        pub pending_user_avatar: String => 5 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 6 "response_errors" opt,
    }
    required(4 pending_user, 5 pending_user_avatar)
    shapes(6 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Authenticator Email Challenge response, device is set by get_response_instance
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorEmailChallengeResponseRequest {
        /// Was `integer(i64)` in 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
        pub code: Option<super::runtime::compat::Versioned<String>> => 0 "code" opt,
        pub component: Option<String> => 1 "component" opt,
        pub email: Option<String> => 2 "email" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorEmailStage Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorEmailStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 1 "configure_flow" opt_null,
        /// Optional in 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 2 "flow_set" opt,
        /// Nullable in 2025.6.2.
        pub friendly_name: Option<Option<String>> => 3 "friendly_name" opt_null,
        pub from_address: Option<String> => 4 "from_address" opt,
        pub host: Option<String> => 5 "host" opt,
        /// Return internal model name
        pub meta_model_name: String => 6 "meta_model_name" req,
        pub name: String => 7 "name" req,
        pub password: Option<String> => 8 "password" opt,
        pub pk: ::uuid::Uuid => 9 "pk" req,
        pub port: Option<i32> => 10 "port" opt,
        pub subject: Option<String> => 11 "subject" opt,
        pub template: Option<String> => 12 "template" opt,
        pub timeout: Option<i32> => 13 "timeout" opt,
        /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
        pub token_expiry: Option<String> => 14 "token_expiry" opt,
        /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
        pub use_global_settings: Option<bool> => 15 "use_global_settings" opt,
        pub use_ssl: Option<bool> => 16 "use_ssl" opt,
        pub use_tls: Option<bool> => 17 "use_tls" opt,
        pub username: Option<String> => 18 "username" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 19 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 20 "verbose_name_plural" req,
    }
    required(0 component, 6 meta_model_name, 7 name, 9 pk, 19 verbose_name, 20 verbose_name_plural)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorEmailStage Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorEmailStageRequest {
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 0 "configure_flow" opt_null,
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        /// Nullable in 2025.6.2.
        pub friendly_name: Option<Option<String>> => 2 "friendly_name" opt_null,
        pub from_address: Option<String> => 3 "from_address" opt,
        pub host: Option<String> => 4 "host" opt,
        pub name: String => 5 "name" req,
        pub password: Option<String> => 6 "password" opt,
        pub port: Option<i32> => 7 "port" opt,
        pub subject: Option<String> => 8 "subject" opt,
        pub template: Option<String> => 9 "template" opt,
        pub timeout: Option<i32> => 10 "timeout" opt,
        /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
        pub token_expiry: Option<String> => 11 "token_expiry" opt,
        /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
        pub use_global_settings: Option<bool> => 12 "use_global_settings" opt,
        pub use_ssl: Option<bool> => 13 "use_ssl" opt,
        pub use_tls: Option<bool> => 14 "use_tls" opt,
        pub username: Option<String> => 15 "username" opt,
    }
    required(5 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorEndpointGDTCStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorEndpointGDTCStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 1 "configure_flow" opt_null,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 2 "credentials" nullable,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 3 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 4 "friendly_name" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 5 "meta_model_name" req,
        pub name: String => 6 "name" req,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 8 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 9 "verbose_name_plural" req,
    }
    required(0 component, 5 meta_model_name, 6 name, 7 pk, 8 verbose_name, 9 verbose_name_plural)
    shapes(3 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorEndpointGDTCStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorEndpointGDTCStageRequest {
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 0 "configure_flow" opt_null,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 1 "credentials" nullable,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 3 "friendly_name" opt_null,
        pub name: String => 4 "name" req,
    }
    required(4 name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// SMS Setup challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorSMSChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub pending_user: String => 2 "pending_user" req,
        pub pending_user_avatar: String => 3 "pending_user_avatar" req,
        pub phone_number_required: Option<bool> => 4 "phone_number_required" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 5 "response_errors" opt,
    }
    required(2 pending_user, 3 pending_user_avatar)
    shapes(5 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// SMS Challenge response, device is set by get_response_instance
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorSMSChallengeResponseRequest {
        /// Was `integer(i64)` in 2024.8.3, 2024.12.1, 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
        pub code: Option<super::runtime::compat::Versioned<String>> => 0 "code" opt,
        pub component: Option<String> => 1 "component" opt,
        pub phone_number: Option<String> => 2 "phone_number" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorSMSStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorSMSStage {
        pub account_sid: String => 0 "account_sid" req,
        pub auth: String => 1 "auth" req,
        pub auth_password: Option<String> => 2 "auth_password" opt,
        pub auth_type: Option<AuthTypeEnum> => 3 "auth_type" opt,
        /// Get object type so that we know how to edit the object
        pub component: String => 4 "component" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 5 "configure_flow" opt_null,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 6 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 7 "friendly_name" opt_null,
        pub from_number: String => 8 "from_number" req,
        /// Optionally modify the payload being sent to custom providers.
        pub mapping: Option<Option<::uuid::Uuid>> => 9 "mapping" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 10 "meta_model_name" req,
        pub name: String => 11 "name" req,
        pub pk: ::uuid::Uuid => 12 "pk" req,
        pub provider: ProviderEnum => 13 "provider" req,
        /// Return object's verbose_name
        pub verbose_name: String => 14 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 15 "verbose_name_plural" req,
        /// When enabled, the Phone number is only used during enrollment to verify the users authenticity. Only a hash of the phone number is saved to ensure it is not reused in the future.
        pub verify_only: Option<bool> => 16 "verify_only" opt,
    }
    required(
        0 account_sid, 1 auth, 4 component, 8 from_number, 10 meta_model_name, 11 name, 12 pk,
        13 provider, 14 verbose_name, 15 verbose_name_plural,
    )
    shapes(6 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorSMSStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorSMSStageRequest {
        pub account_sid: String => 0 "account_sid" req,
        pub auth: String => 1 "auth" req,
        pub auth_password: Option<String> => 2 "auth_password" opt,
        pub auth_type: Option<AuthTypeEnum> => 3 "auth_type" opt,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 4 "configure_flow" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 5 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 6 "friendly_name" opt_null,
        pub from_number: String => 7 "from_number" req,
        /// Optionally modify the payload being sent to custom providers.
        pub mapping: Option<Option<::uuid::Uuid>> => 8 "mapping" opt_null,
        pub name: String => 9 "name" req,
        pub provider: ProviderEnum => 10 "provider" req,
        /// When enabled, the Phone number is only used during enrollment to verify the users authenticity. Only a hash of the phone number is saved to ensure it is not reused in the future.
        pub verify_only: Option<bool> => 11 "verify_only" opt,
    }
    required(0 account_sid, 1 auth, 7 from_number, 9 name, 10 provider)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Static authenticator challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorStaticChallenge {
        pub codes: Vec<String> => 0 "codes" req,
        pub component: Option<String> => 1 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub pending_user: String => 3 "pending_user" req,
        pub pending_user_avatar: String => 4 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 5 "response_errors" opt,
    }
    required(0 codes, 3 pending_user, 4 pending_user_avatar)
    shapes(5 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Pseudo class for static response
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorStaticChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorStaticStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorStaticStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 1 "configure_flow" opt_null,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 2 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 3 "friendly_name" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        pub token_count: Option<u32> => 7 "token_count" opt,
        pub token_length: Option<u32> => 8 "token_length" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 9 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 10 "verbose_name_plural" req,
    }
    required(0 component, 4 meta_model_name, 5 name, 6 pk, 9 verbose_name, 10 verbose_name_plural)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorStaticStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorStaticStageRequest {
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 0 "configure_flow" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 2 "friendly_name" opt_null,
        pub name: String => 3 "name" req,
        pub token_count: Option<u32> => 4 "token_count" opt,
        pub token_length: Option<u32> => 5 "token_length" opt,
    }
    required(3 name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// TOTP Setup challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorTOTPChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub config_url: String => 1 "config_url" req,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub pending_user: String => 3 "pending_user" req,
        pub pending_user_avatar: String => 4 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 5 "response_errors" opt,
    }
    required(1 config_url, 3 pending_user, 4 pending_user_avatar)
    shapes(5 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// TOTP Challenge response, device is set by get_response_instance
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorTOTPChallengeResponseRequest {
        /// Was `integer(i64)` in 2024.8.3, 2024.12.1, 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
        pub code: super::runtime::compat::Versioned<String> => 0 "code" req,
        pub component: Option<String> => 1 "component" opt,
    }
    required(0 code)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorTOTPStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorTOTPStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 1 "configure_flow" opt_null,
        pub digits: DigitsEnum => 2 "digits" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 3 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 4 "friendly_name" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 5 "meta_model_name" req,
        pub name: String => 6 "name" req,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 8 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 9 "verbose_name_plural" req,
    }
    required(
        0 component, 2 digits, 5 meta_model_name, 6 name, 7 pk, 8 verbose_name,
        9 verbose_name_plural,
    )
    shapes(3 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorTOTPStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorTOTPStageRequest {
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 0 "configure_flow" opt_null,
        pub digits: DigitsEnum => 1 "digits" req,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 3 "friendly_name" opt_null,
        pub name: String => 4 "name" req,
    }
    required(1 digits, 4 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorValidateStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorValidateStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Stages used to configure Authenticator when user doesn't have any compatible devices. After this configuration Stage passes, the user is not prompted again.
        pub configuration_stages: Option<Vec<::uuid::Uuid>> => 1 "configuration_stages" opt,
        /// Device classes which can be used to authenticate
        pub device_classes: Option<Vec<DeviceClassesEnum>> => 2 "device_classes" opt,
        /// Since 2026.11.0-rc1.
        pub email_otp_throttling_factor: Option<super::runtime::Number> => 3 "email_otp_throttling_factor" opt,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 4 "flow_set" opt,
        /// If any of the user's device has been used within this threshold, this stage will be skipped
        pub last_auth_threshold: Option<String> => 5 "last_auth_threshold" opt,
        /// Return internal model name
        pub meta_model_name: String => 6 "meta_model_name" req,
        pub name: String => 7 "name" req,
        pub not_configured_action: Option<NotConfiguredActionEnum> => 8 "not_configured_action" opt,
        pub pk: ::uuid::Uuid => 9 "pk" req,
        /// Since 2026.11.0-rc1.
        pub sms_otp_throttling_factor: Option<super::runtime::Number> => 10 "sms_otp_throttling_factor" opt,
        /// Since 2026.11.0-rc1.
        pub static_otp_throttling_factor: Option<super::runtime::Number> => 11 "static_otp_throttling_factor" opt,
        /// Since 2026.11.0-rc1.
        pub totp_otp_throttling_factor: Option<super::runtime::Number> => 12 "totp_otp_throttling_factor" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 13 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 14 "verbose_name_plural" req,
        pub webauthn_allowed_device_types: Option<Vec<::uuid::Uuid>> => 15 "webauthn_allowed_device_types" opt,
        pub webauthn_allowed_device_types_obj: Vec<WebAuthnDeviceType> => 16 "webauthn_allowed_device_types_obj" req,
        /// Since 2026.11.0-rc1.
        pub webauthn_hints: Option<Vec<WebAuthnHintEnum>> => 17 "webauthn_hints" opt,
        /// Enforce user verification for WebAuthn devices.
        pub webauthn_user_verification: Option<UserVerificationEnum> => 18 "webauthn_user_verification" opt,
    }
    required(
        0 component, 6 meta_model_name, 7 name, 9 pk, 13 verbose_name, 14 verbose_name_plural,
        16 webauthn_allowed_device_types_obj,
    )
    shapes(4 seq, 16 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorValidateStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorValidateStageRequest {
        /// Stages used to configure Authenticator when user doesn't have any compatible devices. After this configuration Stage passes, the user is not prompted again.
        pub configuration_stages: Option<Vec<::uuid::Uuid>> => 0 "configuration_stages" opt,
        /// Device classes which can be used to authenticate
        pub device_classes: Option<Vec<DeviceClassesEnum>> => 1 "device_classes" opt,
        /// Since 2026.11.0-rc1.
        pub email_otp_throttling_factor: Option<super::runtime::Number> => 2 "email_otp_throttling_factor" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 3 "flow_set" opt,
        /// If any of the user's device has been used within this threshold, this stage will be skipped
        pub last_auth_threshold: Option<String> => 4 "last_auth_threshold" opt,
        pub name: String => 5 "name" req,
        pub not_configured_action: Option<NotConfiguredActionEnum> => 6 "not_configured_action" opt,
        /// Since 2026.11.0-rc1.
        pub sms_otp_throttling_factor: Option<super::runtime::Number> => 7 "sms_otp_throttling_factor" opt,
        /// Since 2026.11.0-rc1.
        pub static_otp_throttling_factor: Option<super::runtime::Number> => 8 "static_otp_throttling_factor" opt,
        /// Since 2026.11.0-rc1.
        pub totp_otp_throttling_factor: Option<super::runtime::Number> => 9 "totp_otp_throttling_factor" opt,
        pub webauthn_allowed_device_types: Option<Vec<::uuid::Uuid>> => 10 "webauthn_allowed_device_types" opt,
        /// Since 2026.11.0-rc1.
        pub webauthn_hints: Option<Vec<WebAuthnHintEnum>> => 11 "webauthn_hints" opt,
        /// Enforce user verification for WebAuthn devices.
        pub webauthn_user_verification: Option<UserVerificationEnum> => 12 "webauthn_user_verification" opt,
    }
    required(5 name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Authenticator challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorValidationChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub configuration_stages: Vec<SelectableStage> => 1 "configuration_stages" req,
        pub device_challenges: Vec<DeviceChallenge> => 2 "device_challenges" req,
        pub flow_info: Option<ContextualFlowInfo> => 3 "flow_info" opt,
        pub pending_user: String => 4 "pending_user" req,
        pub pending_user_avatar: String => 5 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 6 "response_errors" opt,
    }
    required(1 configuration_stages, 2 device_challenges, 4 pending_user, 5 pending_user_avatar)
    shapes(1 seq, 2 seq, 6 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge used for Code-based and WebAuthn authenticators
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AuthenticatorValidationChallengeResponseRequest {
        pub code: Option<String> => 0 "code" opt,
        pub component: Option<String> => 1 "component" opt,
        pub duo: Option<i64> => 2 "duo" opt,
        pub selected_challenge: Option<DeviceChallengeRequest> => 3 "selected_challenge" opt,
        pub selected_stage: Option<String> => 4 "selected_stage" opt,
        pub webauthn: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 5 "webauthn" opt,
    }
    required()
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// WebAuthn Challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorWebAuthnChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub pending_user: String => 2 "pending_user" req,
        pub pending_user_avatar: String => 3 "pending_user_avatar" req,
        pub registration: ::std::collections::BTreeMap<String, ::serde_json::Value> => 4 "registration" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 5 "response_errors" opt,
    }
    required(2 pending_user, 3 pending_user_avatar, 4 registration)
    shapes(5 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// WebAuthn Challenge response
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorWebAuthnChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
        pub response: ::std::collections::BTreeMap<String, ::serde_json::Value> => 1 "response" req,
    }
    required(1 response)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorWebAuthnStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorWebAuthnStage {
        pub authenticator_attachment: Option<Option<AuthenticatorAttachmentEnum>> => 0 "authenticator_attachment" opt_null,
        /// Get object type so that we know how to edit the object
        pub component: String => 1 "component" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 2 "configure_flow" opt_null,
        pub device_type_restrictions: Option<Vec<::uuid::Uuid>> => 3 "device_type_restrictions" opt,
        pub device_type_restrictions_obj: Vec<WebAuthnDeviceType> => 4 "device_type_restrictions_obj" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 5 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 6 "friendly_name" opt_null,
        /// Since 2026.11.0-rc1.
        pub hints: Option<Vec<WebAuthnHintEnum>> => 7 "hints" opt,
        /// Since 2025.6.2.
        pub max_attempts: Option<u32> => 8 "max_attempts" opt,
        /// Return internal model name
        pub meta_model_name: String => 9 "meta_model_name" req,
        pub name: String => 10 "name" req,
        pub pk: ::uuid::Uuid => 11 "pk" req,
        pub resident_key_requirement: Option<UserVerificationEnum> => 12 "resident_key_requirement" opt,
        pub user_verification: Option<UserVerificationEnum> => 13 "user_verification" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 14 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 15 "verbose_name_plural" req,
    }
    required(
        1 component, 4 device_type_restrictions_obj, 9 meta_model_name, 10 name, 11 pk,
        14 verbose_name, 15 verbose_name_plural,
    )
    shapes(4 seq, 5 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorWebAuthnStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct AuthenticatorWebAuthnStageRequest {
        pub authenticator_attachment: Option<Option<AuthenticatorAttachmentEnum>> => 0 "authenticator_attachment" opt_null,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 1 "configure_flow" opt_null,
        pub device_type_restrictions: Option<Vec<::uuid::Uuid>> => 2 "device_type_restrictions" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 3 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 4 "friendly_name" opt_null,
        /// Since 2026.11.0-rc1.
        pub hints: Option<Vec<WebAuthnHintEnum>> => 5 "hints" opt,
        /// Since 2025.6.2.
        pub max_attempts: Option<u32> => 6 "max_attempts" opt,
        pub name: String => 7 "name" req,
        pub resident_key_requirement: Option<UserVerificationEnum> => 8 "resident_key_requirement" opt,
        pub user_verification: Option<UserVerificationEnum> => 9 "user_verification" opt,
    }
    required(7 name)
}

#[cfg(feature = "sources")]
/// `AuthorizationCodeAuthMethodEnum`
///
/// Since 2025.6.2.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthorizationCodeAuthMethodEnum {
    /// `basic_auth`
    BasicAuth,
    /// `post_body`
    PostBody,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "sources")]
super::runtime::string_enum!(
    AuthorizationCodeAuthMethodEnum, Unknown { BasicAuth => "basic_auth", PostBody =>
    "post_body", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Pseudo class for autosubmit response
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AutoSubmitChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(
    any(
        feature = "agents",
        feature = "authenticators",
        feature = "core",
        feature = "crypto",
        feature = "endpoints",
        feature = "enterprise",
        feature = "events",
        feature = "flows",
        feature = "lifecycle",
        feature = "managed",
        feature = "oauth2",
        feature = "outposts",
        feature = "policies",
        feature = "propertymappings",
        feature = "providers",
        feature = "rac",
        feature = "rbac",
        feature = "reports",
        feature = "requests",
        feature = "sources",
        feature = "ssf",
        feature = "stages",
        feature = "tasks",
        feature = "tenants"
    )
)]
/// `Autocomplete`
///
/// Since 2025.6.2.
pub type Autocomplete = ::std::collections::BTreeMap<String, ::serde_json::Value>;

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Autosubmit challenge used to send and navigate a POST request
    #[derive(Clone, Debug, PartialEq)]
    pub struct AutosubmitChallenge {
        pub attrs: ::std::collections::BTreeMap<String, String> => 0 "attrs" req,
        pub component: Option<String> => 1 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 3 "response_errors" opt,
        pub title: Option<String> => 4 "title" opt,
        pub url: String => 5 "url" req,
    }
    required(0 attrs, 5 url)
    shapes(3 map_seq)
}

#[cfg(feature = "stages")]
/// `BackendsEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BackendsEnum {
    /// `authentik.core.auth.InbuiltBackend`
    AuthentikCoreAuthInbuiltBackend,
    /// `authentik.core.auth.TokenBackend`
    AuthentikCoreAuthTokenBackend,
    /// `authentik.sources.ldap.auth.LDAPBackend`
    AuthentikSourcesLdapAuthLdapBackend,
    /// `authentik.sources.kerberos.auth.KerberosBackend`
    AuthentikSourcesKerberosAuthKerberosBackend,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    BackendsEnum, Unknown { AuthentikCoreAuthInbuiltBackend =>
    "authentik.core.auth.InbuiltBackend", AuthentikCoreAuthTokenBackend =>
    "authentik.core.auth.TokenBackend", AuthentikSourcesLdapAuthLdapBackend =>
    "authentik.sources.ldap.auth.LDAPBackend",
    AuthentikSourcesKerberosAuthKerberosBackend =>
    "authentik.sources.kerberos.auth.KerberosBackend", }
);

#[cfg(feature = "sources")]
/// `BindingTypeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BindingTypeEnum {
    /// `REDIRECT`
    Redirect,
    /// `POST`
    Post,
    /// `POST_AUTO`
    PostAuto,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "sources")]
super::runtime::string_enum!(
    BindingTypeEnum, Unknown { Redirect => "REDIRECT", Post => "POST", PostAuto =>
    "POST_AUTO", }
);

#[cfg(feature = "managed")]
super::runtime::object! {
    /// `BlueprintFile`
    #[derive(Clone, Debug, PartialEq)]
    pub struct BlueprintFile {
        pub hash: String => 0 "hash" req,
        /// On the wire it may also be a date-time without offset (UTC) or Unix seconds (patched by specs/quirks.yml).
        pub last_m: super::runtime::LenientDateTime => 1 "last_m" req,
        pub meta: Metadata => 2 "meta" req,
        pub path: String => 3 "path" req,
    }
    required(0 hash, 1 last_m, 2 meta, 3 path)
}

#[cfg(feature = "managed")]
super::runtime::object! {
    /// Logs of an attempted blueprint import
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct BlueprintImportResult {
        pub logs: Vec<LogEvent> => 0 "logs" req,
        pub success: bool => 1 "success" req,
    }
    required(0 logs, 1 success)
    shapes(0 seq)
}

#[cfg(feature = "managed")]
super::runtime::object! {
    /// Info about a single blueprint instance file
    #[derive(Clone, Debug, PartialEq)]
    pub struct BlueprintInstance {
        pub content: Option<String> => 0 "content" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub context: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 1 "context" opt_null,
        pub enabled: Option<bool> => 2 "enabled" opt,
        pub last_applied: super::runtime::DateTime => 3 "last_applied" req,
        pub last_applied_hash: String => 4 "last_applied_hash" req,
        pub managed_models: Vec<String> => 5 "managed_models" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub metadata: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 6 "metadata" nullable,
        pub name: String => 7 "name" req,
        pub path: Option<String> => 8 "path" opt,
        pub pk: ::uuid::Uuid => 9 "pk" req,
        pub status: BlueprintInstanceStatusEnum => 10 "status" req,
    }
    required(3 last_applied, 4 last_applied_hash, 5 managed_models, 7 name, 9 pk, 10 status)
}

#[cfg(feature = "managed")]
super::runtime::object! {
    /// Info about a single blueprint instance file
    #[derive(Clone, Debug, PartialEq)]
    pub struct BlueprintInstanceRequest {
        pub content: Option<String> => 0 "content" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub context: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 1 "context" opt_null,
        pub enabled: Option<bool> => 2 "enabled" opt,
        pub name: String => 3 "name" req,
        pub path: Option<String> => 4 "path" opt,
    }
    required(3 name)
}

#[cfg(feature = "managed")]
/// `BlueprintInstanceStatusEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BlueprintInstanceStatusEnum {
    /// `successful`
    Successful,
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// `orphaned`
    Orphaned,
    /// `unknown`
    Unknown2,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "managed")]
super::runtime::string_enum!(
    BlueprintInstanceStatusEnum, Unknown { Successful => "successful", Warning =>
    "warning", Error => "error", Orphaned => "orphaned", Unknown2 => "unknown", }
);

#[cfg(feature = "managed")]
super::runtime::object! {
    /// Serializer to upload file
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct BlueprintUploadRequest {
        pub context: Option<String> => 0 "context" opt,
        pub file: Option<String> => 1 "file" opt,
        pub path: Option<String> => 2 "path" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Brand Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Brand {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        pub brand_uuid: ::uuid::Uuid => 1 "brand_uuid" req,
        /// Since 2025.6.2.
        pub branding_custom_css: Option<String> => 2 "branding_custom_css" opt,
        /// Since 2025.6.2.
        pub branding_default_flow_background: Option<String> => 3 "branding_default_flow_background" opt,
        pub branding_favicon: Option<String> => 4 "branding_favicon" opt,
        pub branding_logo: Option<String> => 5 "branding_logo" opt,
        /// URL template for the vector tile source used by the events map. Supports XYZ templates with {z}, {x} and {y} placeholders, or pmtiles:// archive URLs. When empty, the frontend uses the bundled hexworld basemap. This value is part of the brand information served to unauthenticated clients; do not embed API keys or other credentials in it.
        ///
        /// Since 2026.11.0-rc1.
        pub branding_map_tiles: Option<String> => 6 "branding_map_tiles" opt,
        pub branding_title: Option<String> => 7 "branding_title" opt,
        /// Certificates used for client authentication.
        ///
        /// Since 2025.6.2.
        pub client_certificates: Option<Vec<::uuid::Uuid>> => 8 "client_certificates" opt,
        pub default: Option<bool> => 9 "default" opt,
        /// When set, external users will be redirected to this application after authenticating.
        pub default_application: Option<Option<::uuid::Uuid>> => 10 "default_application" opt_null,
        /// Domain that activates this brand. Can be a superset, i.e. `a.b` for `aa.b` and `ba.b`
        pub domain: String => 11 "domain" req,
        pub flow_authentication: Option<Option<::uuid::Uuid>> => 12 "flow_authentication" opt_null,
        pub flow_device_code: Option<Option<::uuid::Uuid>> => 13 "flow_device_code" opt_null,
        pub flow_invalidation: Option<Option<::uuid::Uuid>> => 14 "flow_invalidation" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_lockdown: Option<Option<::uuid::Uuid>> => 15 "flow_lockdown" opt_null,
        pub flow_recovery: Option<Option<::uuid::Uuid>> => 16 "flow_recovery" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_request: Option<Option<::uuid::Uuid>> => 17 "flow_request" opt_null,
        pub flow_unenrollment: Option<Option<::uuid::Uuid>> => 18 "flow_unenrollment" opt_null,
        pub flow_user_settings: Option<Option<::uuid::Uuid>> => 19 "flow_user_settings" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_user_switch: Option<Option<::uuid::Uuid>> => 20 "flow_user_switch" opt_null,
        /// Web Certificate used by the authentik Core webserver.
        pub web_certificate: Option<Option<::uuid::Uuid>> => 21 "web_certificate" opt_null,
    }
    required(1 brand_uuid, 11 domain)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Brand Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct BrandRequest {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        /// Since 2025.6.2.
        pub branding_custom_css: Option<String> => 1 "branding_custom_css" opt,
        /// Since 2025.6.2.
        pub branding_default_flow_background: Option<String> => 2 "branding_default_flow_background" opt,
        pub branding_favicon: Option<String> => 3 "branding_favicon" opt,
        pub branding_logo: Option<String> => 4 "branding_logo" opt,
        /// URL template for the vector tile source used by the events map. Supports XYZ templates with {z}, {x} and {y} placeholders, or pmtiles:// archive URLs. When empty, the frontend uses the bundled hexworld basemap. This value is part of the brand information served to unauthenticated clients; do not embed API keys or other credentials in it.
        ///
        /// Since 2026.11.0-rc1.
        pub branding_map_tiles: Option<String> => 5 "branding_map_tiles" opt,
        pub branding_title: Option<String> => 6 "branding_title" opt,
        /// Certificates used for client authentication.
        ///
        /// Since 2025.6.2.
        pub client_certificates: Option<Vec<::uuid::Uuid>> => 7 "client_certificates" opt,
        pub default: Option<bool> => 8 "default" opt,
        /// When set, external users will be redirected to this application after authenticating.
        pub default_application: Option<Option<::uuid::Uuid>> => 9 "default_application" opt_null,
        /// Domain that activates this brand. Can be a superset, i.e. `a.b` for `aa.b` and `ba.b`
        pub domain: String => 10 "domain" req,
        pub flow_authentication: Option<Option<::uuid::Uuid>> => 11 "flow_authentication" opt_null,
        pub flow_device_code: Option<Option<::uuid::Uuid>> => 12 "flow_device_code" opt_null,
        pub flow_invalidation: Option<Option<::uuid::Uuid>> => 13 "flow_invalidation" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_lockdown: Option<Option<::uuid::Uuid>> => 14 "flow_lockdown" opt_null,
        pub flow_recovery: Option<Option<::uuid::Uuid>> => 15 "flow_recovery" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_request: Option<Option<::uuid::Uuid>> => 16 "flow_request" opt_null,
        pub flow_unenrollment: Option<Option<::uuid::Uuid>> => 17 "flow_unenrollment" opt_null,
        pub flow_user_settings: Option<Option<::uuid::Uuid>> => 18 "flow_user_settings" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_user_switch: Option<Option<::uuid::Uuid>> => 19 "flow_user_switch" opt_null,
        /// Web Certificate used by the authentik Core webserver.
        pub web_certificate: Option<Option<::uuid::Uuid>> => 20 "web_certificate" opt_null,
    }
    required(10 domain)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `BulkDeleteSessionResponse`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct BulkDeleteSessionResponse {
        pub deleted: i64 => 0 "deleted" req,
    }
    required(0 deleted)
}

#[cfg(any(feature = "flows", feature = "policies"))]
super::runtime::object! {
    /// Generic cache stats for an object
    #[derive(Clone, Debug, PartialEq)]
    pub struct Cache {
        pub count: i64 => 0 "count" req,
    }
    required(0 count)
}

#[cfg(any(feature = "endpoints", feature = "root"))]
/// `CapabilitiesEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CapabilitiesEnum {
    /// `can_save_media`
    CanSaveMedia,
    /// `can_save_reports`
    CanSaveReports,
    /// `can_geo_ip`
    CanGeoIp,
    /// `can_asn`
    CanAsn,
    /// `can_impersonate`
    CanImpersonate,
    /// `can_debug`
    CanDebug,
    /// `is_enterprise`
    IsEnterprise,
    /// `can_request`
    CanRequest,
    /// `can_agent_self_service`
    CanAgentSelfService,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "endpoints", feature = "root"))]
super::runtime::string_enum!(
    CapabilitiesEnum, Unknown { CanSaveMedia => "can_save_media", CanSaveReports =>
    "can_save_reports", CanGeoIp => "can_geo_ip", CanAsn => "can_asn", CanImpersonate =>
    "can_impersonate", CanDebug => "can_debug", IsEnterprise => "is_enterprise",
    CanRequest => "can_request", CanAgentSelfService => "can_agent_self_service", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Site public key
    #[derive(Clone, Debug, PartialEq)]
    pub struct CaptchaChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        /// Since 2024.12.1.
        pub interactive: Option<bool> => 2 "interactive" opt,
        pub js_url: String => 3 "js_url" req,
        pub pending_user: String => 4 "pending_user" req,
        pub pending_user_avatar: String => 5 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 6 "response_errors" opt,
        pub site_key: String => 7 "site_key" req,
    }
    required(3 js_url, 4 pending_user, 5 pending_user_avatar, 7 site_key)
    shapes(6 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Validate captcha token
    #[derive(Clone, Debug, PartialEq)]
    pub struct CaptchaChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
        pub token: String => 1 "token" req,
    }
    required(1 token)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// CaptchaStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct CaptchaStage {
        pub api_url: Option<String> => 0 "api_url" opt,
        /// Get object type so that we know how to edit the object
        pub component: String => 1 "component" req,
        /// When enabled and the received captcha score is outside of the given threshold, the stage will show an error message. When not enabled, the flow will continue, but the data from the captcha will be available in the context for policy decisions
        pub error_on_invalid_score: Option<bool> => 2 "error_on_invalid_score" opt,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 3 "flow_set" opt,
        /// Since 2024.12.1.
        pub interactive: Option<bool> => 4 "interactive" opt,
        pub js_url: Option<String> => 5 "js_url" opt,
        /// Return internal model name
        pub meta_model_name: String => 6 "meta_model_name" req,
        pub name: String => 7 "name" req,
        pub pk: ::uuid::Uuid => 8 "pk" req,
        /// Public key, acquired your captcha Provider.
        pub public_key: String => 9 "public_key" req,
        /// Since 2026.11.0-rc1.
        pub request_content_type: Option<RequestContentTypeEnum> => 10 "request_content_type" opt,
        pub score_max_threshold: Option<super::runtime::Number> => 11 "score_max_threshold" opt,
        pub score_min_threshold: Option<super::runtime::Number> => 12 "score_min_threshold" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 13 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 14 "verbose_name_plural" req,
    }
    required(
        1 component, 6 meta_model_name, 7 name, 8 pk, 9 public_key, 13 verbose_name,
        14 verbose_name_plural,
    )
    shapes(3 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// CaptchaStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct CaptchaStageRequest {
        pub api_url: Option<String> => 0 "api_url" opt,
        /// When enabled and the received captcha score is outside of the given threshold, the stage will show an error message. When not enabled, the flow will continue, but the data from the captcha will be available in the context for policy decisions
        pub error_on_invalid_score: Option<bool> => 1 "error_on_invalid_score" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        /// Since 2024.12.1.
        pub interactive: Option<bool> => 3 "interactive" opt,
        pub js_url: Option<String> => 4 "js_url" opt,
        pub name: String => 5 "name" req,
        /// Private key, acquired your captcha Provider.
        pub private_key: String => 6 "private_key" req,
        /// Public key, acquired your captcha Provider.
        pub public_key: String => 7 "public_key" req,
        /// Since 2026.11.0-rc1.
        pub request_content_type: Option<RequestContentTypeEnum> => 8 "request_content_type" opt,
        pub score_max_threshold: Option<super::runtime::Number> => 9 "score_max_threshold" opt,
        pub score_min_threshold: Option<super::runtime::Number> => 10 "score_min_threshold" opt,
    }
    required(5 name, 6 private_key, 7 public_key)
}

#[cfg(feature = "stages")]
/// `CertAttributeEnum`
///
/// Since 2025.6.2.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CertAttributeEnum {
    /// `subject`
    Subject,
    /// `common_name`
    CommonName,
    /// `email`
    Email,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    CertAttributeEnum, Unknown { Subject => "subject", CommonName => "common_name", Email
    => "email", }
);

#[cfg(feature = "crypto")]
super::runtime::object! {
    /// Get CertificateKeyPair's data
    #[derive(Clone, Debug, PartialEq)]
    pub struct CertificateData {
        pub data: String => 0 "data" req,
    }
    required(0 data)
}

#[cfg(feature = "crypto")]
super::runtime::object! {
    /// Certificate generation parameters
    #[derive(Clone, Debug, PartialEq)]
    pub struct CertificateGenerationRequest {
        pub alg: Option<AlgEnum> => 0 "alg" opt,
        pub common_name: String => 1 "common_name" req,
        pub subject_alt_name: Option<String> => 2 "subject_alt_name" opt,
        pub validity_days: i64 => 3 "validity_days" req,
    }
    required(1 common_name, 3 validity_days)
}

#[cfg(feature = "crypto")]
super::runtime::object! {
    /// CertificateKeyPair Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct CertificateKeyPair {
        /// Certificate expiry date
        pub cert_expiry: Option<super::runtime::DateTime> => 0 "cert_expiry" nullable,
        /// Certificate subject as RFC4514 string
        pub cert_subject: Option<String> => 1 "cert_subject" nullable,
        /// Get URL to download certificate
        pub certificate_download_url: String => 2 "certificate_download_url" req,
        /// SHA1 fingerprint of the certificate
        pub fingerprint_sha1: Option<String> => 3 "fingerprint_sha1" nullable,
        /// SHA256 fingerprint of the certificate
        pub fingerprint_sha256: Option<String> => 4 "fingerprint_sha256" nullable,
        /// Key algorithm type detected from the certificate's public key
        ///
        /// Since 2026.11.0-rc1.
        pub key_type: Option<Option<CertificateKeyPairKeyTypeEnum>> => 5 "key_type" opt_null,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 6 "managed" nullable,
        pub name: String => 7 "name" req,
        pub pk: ::uuid::Uuid => 8 "pk" req,
        /// Show if this keypair has a private key configured or not
        pub private_key_available: bool => 9 "private_key_available" req,
        /// Get URL to download private key
        pub private_key_download_url: String => 10 "private_key_download_url" req,
        /// Get the private key's type, if set
        ///
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub private_key_type: Option<Option<String>> => 11 "private_key_type" opt_null,
    }
    required(
        2 certificate_download_url, 7 name, 8 pk, 9 private_key_available,
        10 private_key_download_url,
    )
}

#[cfg(feature = "crypto")]
/// `CertificateKeyPairKeyTypeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CertificateKeyPairKeyTypeEnum {
    /// `rsa`
    Rsa,
    /// `ec`
    Ec,
    /// `dsa`
    Dsa,
    /// `ed25519`
    Ed25519,
    /// `ed448`
    Ed448,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "crypto")]
super::runtime::string_enum!(
    CertificateKeyPairKeyTypeEnum, Unknown { Rsa => "rsa", Ec => "ec", Dsa => "dsa",
    Ed25519 => "ed25519", Ed448 => "ed448", }
);

#[cfg(feature = "crypto")]
super::runtime::object! {
    /// CertificateKeyPair Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct CertificateKeyPairRequest {
        /// PEM-encoded Certificate data
        pub certificate_data: String => 0 "certificate_data" req,
        /// Optional Private Key. If this is set, you can use this keypair for encryption.
        pub key_data: Option<String> => 1 "key_data" opt,
        pub name: String => 2 "name" req,
    }
    required(0 certificate_data, 2 name)
}

#[cfg(feature = "flows")]
/// `ChallengeTypes`
///
/// Selected by the `component` property.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChallengeTypes {
    AccessDeniedChallenge(AccessDeniedChallenge),
    AppleLoginChallenge(AppleLoginChallenge),
    AuthenticatorDuoChallenge(AuthenticatorDuoChallenge),
    AuthenticatorEmailChallenge(AuthenticatorEmailChallenge),
    AuthenticatorSMSChallenge(AuthenticatorSMSChallenge),
    AuthenticatorStaticChallenge(AuthenticatorStaticChallenge),
    AuthenticatorTOTPChallenge(AuthenticatorTOTPChallenge),
    AuthenticatorValidationChallenge(AuthenticatorValidationChallenge),
    AuthenticatorWebAuthnChallenge(AuthenticatorWebAuthnChallenge),
    AutosubmitChallenge(AutosubmitChallenge),
    CaptchaChallenge(CaptchaChallenge),
    ConsentChallenge(ConsentChallenge),
    DummyChallenge(DummyChallenge),
    EmailChallenge(EmailChallenge),
    EndpointAgentChallenge(EndpointAgentChallenge),
    FlowErrorChallenge(FlowErrorChallenge),
    FrameChallenge(FrameChallenge),
    IdentificationChallenge(IdentificationChallenge),
    IframeLogoutChallenge(IframeLogoutChallenge),
    NativeLogoutChallenge(NativeLogoutChallenge),
    OAuthDeviceCodeChallenge(OAuthDeviceCodeChallenge),
    OAuthDeviceCodeFinishChallenge(OAuthDeviceCodeFinishChallenge),
    PasswordChallenge(PasswordChallenge),
    PlexAuthenticationChallenge(PlexAuthenticationChallenge),
    PromptChallenge(PromptChallenge),
    RedirectChallenge(RedirectChallenge),
    SessionEndChallenge(SessionEndChallenge),
    ShellChallenge(ShellChallenge),
    TelegramLoginChallenge(TelegramLoginChallenge),
    UserLoginChallenge(UserLoginChallenge),
    /// A variant this version of the crate does not know, kept as raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "flows")]
impl ::serde::Serialize for ChallengeTypes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::AccessDeniedChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-access-denied",
                    value,
                )
            }
            Self::AppleLoginChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-oauth-apple",
                    value,
                )
            }
            Self::AuthenticatorDuoChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-duo",
                    value,
                )
            }
            Self::AuthenticatorEmailChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-email",
                    value,
                )
            }
            Self::AuthenticatorSMSChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-sms",
                    value,
                )
            }
            Self::AuthenticatorStaticChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-static",
                    value,
                )
            }
            Self::AuthenticatorTOTPChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-totp",
                    value,
                )
            }
            Self::AuthenticatorValidationChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-validate",
                    value,
                )
            }
            Self::AuthenticatorWebAuthnChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-webauthn",
                    value,
                )
            }
            Self::AutosubmitChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-autosubmit",
                    value,
                )
            }
            Self::CaptchaChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-captcha",
                    value,
                )
            }
            Self::ConsentChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-consent",
                    value,
                )
            }
            Self::DummyChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-dummy",
                    value,
                )
            }
            Self::EmailChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-email",
                    value,
                )
            }
            Self::EndpointAgentChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-endpoint-agent",
                    value,
                )
            }
            Self::FlowErrorChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-flow-error",
                    value,
                )
            }
            Self::FrameChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "xak-flow-frame",
                    value,
                )
            }
            Self::IdentificationChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-identification",
                    value,
                )
            }
            Self::IframeLogoutChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-provider-iframe-logout",
                    value,
                )
            }
            Self::NativeLogoutChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-provider-saml-native-logout",
                    value,
                )
            }
            Self::OAuthDeviceCodeChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-provider-oauth2-device-code",
                    value,
                )
            }
            Self::OAuthDeviceCodeFinishChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-provider-oauth2-device-code-finish",
                    value,
                )
            }
            Self::PasswordChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-password",
                    value,
                )
            }
            Self::PlexAuthenticationChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-plex",
                    value,
                )
            }
            Self::PromptChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-prompt",
                    value,
                )
            }
            Self::RedirectChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "xak-flow-redirect",
                    value,
                )
            }
            Self::SessionEndChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-session-end",
                    value,
                )
            }
            Self::ShellChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "xak-flow-shell",
                    value,
                )
            }
            Self::TelegramLoginChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-telegram",
                    value,
                )
            }
            Self::UserLoginChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-user-login",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "flows")]
impl<'de> ::serde::Deserialize<'de> for ChallengeTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        super::runtime::unions::deserialize(
            deserializer,
            |value| {
                match super::runtime::unions::tag_of(&value, "component") {
                    Some("ak-stage-access-denied") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AccessDeniedChallenge)
                    }
                    Some("ak-source-oauth-apple") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AppleLoginChallenge)
                    }
                    Some("ak-stage-authenticator-duo") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorDuoChallenge)
                    }
                    Some("ak-stage-authenticator-email") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorEmailChallenge)
                    }
                    Some("ak-stage-authenticator-sms") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorSMSChallenge)
                    }
                    Some("ak-stage-authenticator-static") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorStaticChallenge)
                    }
                    Some("ak-stage-authenticator-totp") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorTOTPChallenge)
                    }
                    Some("ak-stage-authenticator-validate") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorValidationChallenge)
                    }
                    Some("ak-stage-authenticator-webauthn") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorWebAuthnChallenge)
                    }
                    Some("ak-stage-autosubmit") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AutosubmitChallenge)
                    }
                    Some("ak-stage-captcha") => {
                        super::runtime::unions::variant(value)
                            .map(Self::CaptchaChallenge)
                    }
                    Some("ak-stage-consent") => {
                        super::runtime::unions::variant(value)
                            .map(Self::ConsentChallenge)
                    }
                    Some("ak-stage-dummy") => {
                        super::runtime::unions::variant(value).map(Self::DummyChallenge)
                    }
                    Some("ak-stage-email") => {
                        super::runtime::unions::variant(value).map(Self::EmailChallenge)
                    }
                    Some("ak-stage-endpoint-agent") => {
                        super::runtime::unions::variant(value)
                            .map(Self::EndpointAgentChallenge)
                    }
                    Some("ak-stage-flow-error") => {
                        super::runtime::unions::variant(value)
                            .map(Self::FlowErrorChallenge)
                    }
                    Some("xak-flow-frame") => {
                        super::runtime::unions::variant(value).map(Self::FrameChallenge)
                    }
                    Some("ak-stage-identification") => {
                        super::runtime::unions::variant(value)
                            .map(Self::IdentificationChallenge)
                    }
                    Some("ak-provider-iframe-logout") => {
                        super::runtime::unions::variant(value)
                            .map(Self::IframeLogoutChallenge)
                    }
                    Some("ak-provider-saml-native-logout") => {
                        super::runtime::unions::variant(value)
                            .map(Self::NativeLogoutChallenge)
                    }
                    Some("ak-provider-oauth2-device-code") => {
                        super::runtime::unions::variant(value)
                            .map(Self::OAuthDeviceCodeChallenge)
                    }
                    Some("ak-provider-oauth2-device-code-finish") => {
                        super::runtime::unions::variant(value)
                            .map(Self::OAuthDeviceCodeFinishChallenge)
                    }
                    Some("ak-stage-password") => {
                        super::runtime::unions::variant(value)
                            .map(Self::PasswordChallenge)
                    }
                    Some("ak-source-plex") => {
                        super::runtime::unions::variant(value)
                            .map(Self::PlexAuthenticationChallenge)
                    }
                    Some("ak-stage-prompt") => {
                        super::runtime::unions::variant(value).map(Self::PromptChallenge)
                    }
                    Some("xak-flow-redirect") => {
                        super::runtime::unions::variant(value)
                            .map(Self::RedirectChallenge)
                    }
                    Some("ak-stage-session-end") => {
                        super::runtime::unions::variant(value)
                            .map(Self::SessionEndChallenge)
                    }
                    Some("xak-flow-shell") => {
                        super::runtime::unions::variant(value).map(Self::ShellChallenge)
                    }
                    Some("ak-source-telegram") => {
                        super::runtime::unions::variant(value)
                            .map(Self::TelegramLoginChallenge)
                    }
                    Some("ak-stage-user-login") => {
                        super::runtime::unions::variant(value)
                            .map(Self::UserLoginChallenge)
                    }
                    _ => Ok(Self::Unknown(value)),
                }
            },
        )
    }
}
#[cfg(feature = "flows")]
impl super::runtime::correct::FieldType for ChallengeTypes {
    const NULLABLE: bool = true;
    #[inline]
    fn zero() -> Option<Self> {
        Some(Self::Unknown(::serde_json::Value::Null))
    }
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `ClientTypeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClientTypeEnum {
    /// `confidential`
    Confidential,
    /// `public`
    Public,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    ClientTypeEnum, Unknown { Confidential => "confidential", Public => "public", }
);

#[cfg(any(feature = "core", feature = "providers"))]
/// `CompatibilityModeEnum`
///
/// Since 2025.6.2.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompatibilityModeEnum {
    /// `default`
    Default,
    /// `aws`
    Aws,
    /// `slack`
    Slack,
    /// `sfdc`
    Sfdc,
    /// `gitlab`
    Gitlab,
    /// `webex`
    Webex,
    /// `vcenter`
    Vcenter,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    CompatibilityModeEnum, Unknown { Default => "default", Aws => "aws", Slack =>
    "slack", Sfdc => "sfdc", Gitlab => "gitlab", Webex => "webex", Vcenter => "vcenter",
    }
);

#[cfg(any(feature = "endpoints", feature = "root"))]
super::runtime::object! {
    /// Serialize authentik Config into DRF Object
    #[derive(Clone, Debug, PartialEq)]
    pub struct Config {
        pub cache_timeout: i64 => 0 "cache_timeout" req,
        pub cache_timeout_flows: i64 => 1 "cache_timeout_flows" req,
        pub cache_timeout_policies: i64 => 2 "cache_timeout_policies" req,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub cache_timeout_reputation: Option<i64> => 3 "cache_timeout_reputation" opt,
        pub capabilities: Vec<CapabilitiesEnum> => 4 "capabilities" req,
        pub error_reporting: ErrorReportingConfig => 5 "error_reporting" req,
    }
    required(
        0 cache_timeout, 1 cache_timeout_flows, 2 cache_timeout_policies, 4 capabilities,
        5 error_reporting,
    )
    zero(required)
}

#[cfg(feature = "rac")]
super::runtime::object! {
    /// ConnectionToken Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ConnectionToken {
        pub endpoint: ::uuid::Uuid => 0 "endpoint" req,
        pub endpoint_obj: Endpoint => 1 "endpoint_obj" req,
        pub pk: Option<::uuid::Uuid> => 2 "pk" opt,
        pub provider: i64 => 3 "provider" req,
        pub provider_obj: RACProvider => 4 "provider_obj" req,
        pub user: PartialUser => 5 "user" req,
    }
    required(0 endpoint, 1 endpoint_obj, 3 provider, 4 provider_obj, 5 user)
}

#[cfg(feature = "rac")]
super::runtime::object! {
    /// ConnectionToken Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ConnectionTokenRequest {
        pub endpoint: ::uuid::Uuid => 0 "endpoint" req,
        pub pk: Option<::uuid::Uuid> => 1 "pk" opt,
        pub provider: i64 => 2 "provider" req,
    }
    required(0 endpoint, 2 provider)
}

#[cfg(any(feature = "endpoints", feature = "stages"))]
super::runtime::object! {
    /// `Connector`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Connector {
        /// Get object component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub connector_uuid: Option<::uuid::Uuid> => 1 "connector_uuid" opt,
        pub enabled: Option<bool> => 2 "enabled" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        /// Return object's verbose_name
        pub verbose_name: String => 5 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 6 "verbose_name_plural" req,
    }
    required(0 component, 3 meta_model_name, 4 name, 5 verbose_name, 6 verbose_name_plural)
    zero(required)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge info for consent screens
    #[derive(Clone, Debug, PartialEq)]
    pub struct ConsentChallenge {
        pub additional_permissions: Vec<ConsentPermission> => 0 "additional_permissions" req,
        pub component: Option<String> => 1 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub header_text: Option<String> => 3 "header_text" opt,
        pub pending_user: String => 4 "pending_user" req,
        pub pending_user_avatar: String => 5 "pending_user_avatar" req,
        pub permissions: Vec<ConsentPermission> => 6 "permissions" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 7 "response_errors" opt,
        pub token: String => 8 "token" req,
    }
    required(
        0 additional_permissions, 4 pending_user, 5 pending_user_avatar, 6 permissions, 8 token,
    )
    shapes(0 seq, 6 seq, 7 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Consent challenge response, any valid response request is valid
    #[derive(Clone, Debug, PartialEq)]
    pub struct ConsentChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
        pub token: String => 1 "token" req,
    }
    required(1 token)
}

#[cfg(feature = "stages")]
/// `ConsentModeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConsentModeEnum {
    /// `always_require`
    AlwaysRequire,
    /// `permanent`
    Permanent,
    /// `expiring`
    Expiring,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    ConsentModeEnum, Unknown { AlwaysRequire => "always_require", Permanent =>
    "permanent", Expiring => "expiring", }
);
#[cfg(feature = "stages")]
/// `ConsentStageModeEnum`: the name of [`ConsentModeEnum`] in older schema versions.
pub type ConsentStageModeEnum = ConsentModeEnum;

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Permission used for consent
    #[derive(Clone, Debug, PartialEq)]
    pub struct ConsentPermission {
        pub id: String => 0 "id" req,
        pub name: String => 1 "name" req,
    }
    required(0 id, 1 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// ConsentStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ConsentStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Offset after which consent expires. (Format: hours=1;minutes=2;seconds=3).
        pub consent_expire_in: Option<String> => 1 "consent_expire_in" opt,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 2 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub mode: Option<ConsentModeEnum> => 4 "mode" opt,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 7 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 8 "verbose_name_plural" req,
    }
    required(0 component, 3 meta_model_name, 5 name, 6 pk, 7 verbose_name, 8 verbose_name_plural)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// ConsentStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ConsentStageRequest {
        /// Offset after which consent expires. (Format: hours=1;minutes=2;seconds=3).
        pub consent_expire_in: Option<String> => 0 "consent_expire_in" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub mode: Option<ConsentModeEnum> => 2 "mode" opt,
        pub name: String => 3 "name" req,
    }
    required(3 name)
}

#[cfg(any(feature = "core", feature = "events", feature = "reports"))]
super::runtime::object! {
    /// `ContentType`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ContentType {
        pub app_label: String => 0 "app_label" req,
        pub fully_qualified_model: String => 1 "fully_qualified_model" req,
        pub id: i64 => 2 "id" req,
        pub model: String => 3 "model" req,
        pub verbose_name_plural: String => 4 "verbose_name_plural" req,
    }
    required(0 app_label, 1 fully_qualified_model, 2 id, 3 model, 4 verbose_name_plural)
    zero(required)
}

#[cfg(feature = "lifecycle")]
/// `ContentTypeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContentTypeEnum {
    /// `authentik_core.application`
    AuthentikCoreApplication,
    /// `authentik_core.group`
    AuthentikCoreGroup,
    /// `authentik_rbac.role`
    AuthentikRbacRole,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "lifecycle")]
super::runtime::string_enum!(
    ContentTypeEnum, Unknown { AuthentikCoreApplication => "authentik_core.application",
    AuthentikCoreGroup => "authentik_core.group", AuthentikRbacRole =>
    "authentik_rbac.role", }
);

#[cfg(any(feature = "flows", feature = "sources", feature = "stages"))]
super::runtime::object! {
    /// Contextual flow information for a challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct ContextualFlowInfo {
        pub background: Option<String> => 0 "background" opt,
        /// Since 2026.11.0-rc1.
        pub background_themed_urls: Option<Option<ThemedUrls>> => 1 "background_themed_urls" opt_null,
        pub cancel_url: String => 2 "cancel_url" req,
        pub layout: ContextualFlowInfoLayoutEnum => 3 "layout" req,
        pub title: Option<String> => 4 "title" opt,
    }
    required(2 cancel_url, 3 layout)
}

#[cfg(any(feature = "flows", feature = "sources", feature = "stages"))]
/// `ContextualFlowInfoLayoutEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContextualFlowInfoLayoutEnum {
    /// `stacked`
    Stacked,
    /// `content_left`
    ContentLeft,
    /// `content_right`
    ContentRight,
    /// `sidebar_left`
    SidebarLeft,
    /// `sidebar_right`
    SidebarRight,
    /// `sidebar_left_frame_background`
    SidebarLeftFrameBackground,
    /// `sidebar_right_frame_background`
    SidebarRightFrameBackground,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "flows", feature = "sources", feature = "stages"))]
super::runtime::string_enum!(
    ContextualFlowInfoLayoutEnum, Unknown { Stacked => "stacked", ContentLeft =>
    "content_left", ContentRight => "content_right", SidebarLeft => "sidebar_left",
    SidebarRight => "sidebar_right", SidebarLeftFrameBackground =>
    "sidebar_left_frame_background", SidebarRightFrameBackground =>
    "sidebar_right_frame_background", }
);

#[cfg(any(feature = "admin", feature = "core", feature = "events"))]
super::runtime::object! {
    /// Coordinates for diagrams
    ///
    /// Until 2024.12.1 (removed in 2025.6.2).
    #[deprecated(note = "Until 2024.12.1 (removed in 2025.6.2).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct Coordinate {
        pub x_cord: i64 => 0 "x_cord" req,
        pub y_cord: i64 => 1 "y_cord" req,
    }
    required(0 x_cord, 1 y_cord)
}

#[cfg(feature = "policies")]
/// `CountryCodeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CountryCodeEnum {
    /// `AF`
    Af,
    /// `AX`
    Ax,
    /// `AL`
    Al,
    /// `DZ`
    Dz,
    /// `AS`
    As,
    /// `AD`
    Ad,
    /// `AO`
    Ao,
    /// `AI`
    Ai,
    /// `AQ`
    Aq,
    /// `AG`
    Ag,
    /// `AR`
    Ar,
    /// `AM`
    Am,
    /// `AW`
    Aw,
    /// `AU`
    Au,
    /// `AT`
    At,
    /// `AZ`
    Az,
    /// `BS`
    Bs,
    /// `BH`
    Bh,
    /// `BD`
    Bd,
    /// `BB`
    Bb,
    /// `BY`
    By,
    /// `BE`
    Be,
    /// `BZ`
    Bz,
    /// `BJ`
    Bj,
    /// `BM`
    Bm,
    /// `BT`
    Bt,
    /// `BO`
    Bo,
    /// `BQ`
    Bq,
    /// `BA`
    Ba,
    /// `BW`
    Bw,
    /// `BV`
    Bv,
    /// `BR`
    Br,
    /// `IO`
    Io,
    /// `BN`
    Bn,
    /// `BG`
    Bg,
    /// `BF`
    Bf,
    /// `BI`
    Bi,
    /// `CV`
    Cv,
    /// `KH`
    Kh,
    /// `CM`
    Cm,
    /// `CA`
    Ca,
    /// `KY`
    Ky,
    /// `CF`
    Cf,
    /// `TD`
    Td,
    /// `CL`
    Cl,
    /// `CN`
    Cn,
    /// `CX`
    Cx,
    /// `CC`
    Cc,
    /// `CO`
    Co,
    /// `KM`
    Km,
    /// `CG`
    Cg,
    /// `CK`
    Ck,
    /// `CR`
    Cr,
    /// `CI`
    Ci,
    /// `HR`
    Hr,
    /// `CU`
    Cu,
    /// `CW`
    Cw,
    /// `CY`
    Cy,
    /// `CZ`
    Cz,
    /// `CD`
    Cd,
    /// `DK`
    Dk,
    /// `DJ`
    Dj,
    /// `DM`
    Dm,
    /// `DO`
    Do,
    /// `EC`
    Ec,
    /// `EG`
    Eg,
    /// `SV`
    Sv,
    /// `GQ`
    Gq,
    /// `ER`
    Er,
    /// `EE`
    Ee,
    /// `SZ`
    Sz,
    /// `ET`
    Et,
    /// `FK`
    Fk,
    /// `FO`
    Fo,
    /// `FJ`
    Fj,
    /// `FI`
    Fi,
    /// `FR`
    Fr,
    /// `GF`
    Gf,
    /// `PF`
    Pf,
    /// `TF`
    Tf,
    /// `GA`
    Ga,
    /// `GM`
    Gm,
    /// `GE`
    Ge,
    /// `DE`
    De,
    /// `GH`
    Gh,
    /// `GI`
    Gi,
    /// `GR`
    Gr,
    /// `GL`
    Gl,
    /// `GD`
    Gd,
    /// `GP`
    Gp,
    /// `GU`
    Gu,
    /// `GT`
    Gt,
    /// `GG`
    Gg,
    /// `GN`
    Gn,
    /// `GW`
    Gw,
    /// `GY`
    Gy,
    /// `HT`
    Ht,
    /// `HM`
    Hm,
    /// `HN`
    Hn,
    /// `HK`
    Hk,
    /// `HU`
    Hu,
    /// `IS`
    Is,
    /// `IN`
    In,
    /// `ID`
    Id,
    /// `IR`
    Ir,
    /// `IQ`
    Iq,
    /// `IE`
    Ie,
    /// `IM`
    Im,
    /// `IL`
    Il,
    /// `IT`
    It,
    /// `JM`
    Jm,
    /// `JP`
    Jp,
    /// `JE`
    Je,
    /// `JO`
    Jo,
    /// `KZ`
    Kz,
    /// `KE`
    Ke,
    /// `KI`
    Ki,
    /// `KW`
    Kw,
    /// `KG`
    Kg,
    /// `LA`
    La,
    /// `LV`
    Lv,
    /// `LB`
    Lb,
    /// `LS`
    Ls,
    /// `LR`
    Lr,
    /// `LY`
    Ly,
    /// `LI`
    Li,
    /// `LT`
    Lt,
    /// `LU`
    Lu,
    /// `MO`
    Mo,
    /// `MG`
    Mg,
    /// `MW`
    Mw,
    /// `MY`
    My,
    /// `MV`
    Mv,
    /// `ML`
    Ml,
    /// `MT`
    Mt,
    /// `MH`
    Mh,
    /// `MQ`
    Mq,
    /// `MR`
    Mr,
    /// `MU`
    Mu,
    /// `YT`
    Yt,
    /// `MX`
    Mx,
    /// `FM`
    Fm,
    /// `MD`
    Md,
    /// `MC`
    Mc,
    /// `MN`
    Mn,
    /// `ME`
    Me,
    /// `MS`
    Ms,
    /// `MA`
    Ma,
    /// `MZ`
    Mz,
    /// `MM`
    Mm,
    /// `NA`
    Na,
    /// `NR`
    Nr,
    /// `NP`
    Np,
    /// `NL`
    Nl,
    /// `NC`
    Nc,
    /// `NZ`
    Nz,
    /// `NI`
    Ni,
    /// `NE`
    Ne,
    /// `NG`
    Ng,
    /// `NU`
    Nu,
    /// `NF`
    Nf,
    /// `KP`
    Kp,
    /// `MK`
    Mk,
    /// `MP`
    Mp,
    /// `NO`
    No,
    /// `OM`
    Om,
    /// `PK`
    Pk,
    /// `PW`
    Pw,
    /// `PS`
    Ps,
    /// `PA`
    Pa,
    /// `PG`
    Pg,
    /// `PY`
    Py,
    /// `PE`
    Pe,
    /// `PH`
    Ph,
    /// `PN`
    Pn,
    /// `PL`
    Pl,
    /// `PT`
    Pt,
    /// `PR`
    Pr,
    /// `QA`
    Qa,
    /// `RE`
    Re,
    /// `RO`
    Ro,
    /// `RU`
    Ru,
    /// `RW`
    Rw,
    /// `BL`
    Bl,
    /// `SH`
    Sh,
    /// `KN`
    Kn,
    /// `LC`
    Lc,
    /// `MF`
    Mf,
    /// `PM`
    Pm,
    /// `VC`
    Vc,
    /// `WS`
    Ws,
    /// `SM`
    Sm,
    /// `ST`
    St,
    /// `SA`
    Sa,
    /// `SN`
    Sn,
    /// `RS`
    Rs,
    /// `SC`
    Sc,
    /// `SL`
    Sl,
    /// `SG`
    Sg,
    /// `SX`
    Sx,
    /// `SK`
    Sk,
    /// `SI`
    Si,
    /// `SB`
    Sb,
    /// `SO`
    So,
    /// `ZA`
    Za,
    /// `GS`
    Gs,
    /// `KR`
    Kr,
    /// `SS`
    Ss,
    /// `ES`
    Es,
    /// `LK`
    Lk,
    /// `SD`
    Sd,
    /// `SR`
    Sr,
    /// `SJ`
    Sj,
    /// `SE`
    Se,
    /// `CH`
    Ch,
    /// `SY`
    Sy,
    /// `TW`
    Tw,
    /// `TJ`
    Tj,
    /// `TZ`
    Tz,
    /// `TH`
    Th,
    /// `TL`
    Tl,
    /// `TG`
    Tg,
    /// `TK`
    Tk,
    /// `TO`
    To,
    /// `TT`
    Tt,
    /// `TN`
    Tn,
    /// `TR`
    Tr,
    /// `TM`
    Tm,
    /// `TC`
    Tc,
    /// `TV`
    Tv,
    /// `UG`
    Ug,
    /// `UA`
    Ua,
    /// `AE`
    Ae,
    /// `GB`
    Gb,
    /// `UM`
    Um,
    /// `US`
    Us,
    /// `UY`
    Uy,
    /// `UZ`
    Uz,
    /// `VU`
    Vu,
    /// `VA`
    Va,
    /// `VE`
    Ve,
    /// `VN`
    Vn,
    /// `VG`
    Vg,
    /// `VI`
    Vi,
    /// `WF`
    Wf,
    /// `EH`
    Eh,
    /// `YE`
    Ye,
    /// `ZM`
    Zm,
    /// `ZW`
    Zw,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "policies")]
super::runtime::string_enum!(
    CountryCodeEnum, Unknown { Af => "AF", Ax => "AX", Al => "AL", Dz => "DZ", As =>
    "AS", Ad => "AD", Ao => "AO", Ai => "AI", Aq => "AQ", Ag => "AG", Ar => "AR", Am =>
    "AM", Aw => "AW", Au => "AU", At => "AT", Az => "AZ", Bs => "BS", Bh => "BH", Bd =>
    "BD", Bb => "BB", By => "BY", Be => "BE", Bz => "BZ", Bj => "BJ", Bm => "BM", Bt =>
    "BT", Bo => "BO", Bq => "BQ", Ba => "BA", Bw => "BW", Bv => "BV", Br => "BR", Io =>
    "IO", Bn => "BN", Bg => "BG", Bf => "BF", Bi => "BI", Cv => "CV", Kh => "KH", Cm =>
    "CM", Ca => "CA", Ky => "KY", Cf => "CF", Td => "TD", Cl => "CL", Cn => "CN", Cx =>
    "CX", Cc => "CC", Co => "CO", Km => "KM", Cg => "CG", Ck => "CK", Cr => "CR", Ci =>
    "CI", Hr => "HR", Cu => "CU", Cw => "CW", Cy => "CY", Cz => "CZ", Cd => "CD", Dk =>
    "DK", Dj => "DJ", Dm => "DM", Do => "DO", Ec => "EC", Eg => "EG", Sv => "SV", Gq =>
    "GQ", Er => "ER", Ee => "EE", Sz => "SZ", Et => "ET", Fk => "FK", Fo => "FO", Fj =>
    "FJ", Fi => "FI", Fr => "FR", Gf => "GF", Pf => "PF", Tf => "TF", Ga => "GA", Gm =>
    "GM", Ge => "GE", De => "DE", Gh => "GH", Gi => "GI", Gr => "GR", Gl => "GL", Gd =>
    "GD", Gp => "GP", Gu => "GU", Gt => "GT", Gg => "GG", Gn => "GN", Gw => "GW", Gy =>
    "GY", Ht => "HT", Hm => "HM", Hn => "HN", Hk => "HK", Hu => "HU", Is => "IS", In =>
    "IN", Id => "ID", Ir => "IR", Iq => "IQ", Ie => "IE", Im => "IM", Il => "IL", It =>
    "IT", Jm => "JM", Jp => "JP", Je => "JE", Jo => "JO", Kz => "KZ", Ke => "KE", Ki =>
    "KI", Kw => "KW", Kg => "KG", La => "LA", Lv => "LV", Lb => "LB", Ls => "LS", Lr =>
    "LR", Ly => "LY", Li => "LI", Lt => "LT", Lu => "LU", Mo => "MO", Mg => "MG", Mw =>
    "MW", My => "MY", Mv => "MV", Ml => "ML", Mt => "MT", Mh => "MH", Mq => "MQ", Mr =>
    "MR", Mu => "MU", Yt => "YT", Mx => "MX", Fm => "FM", Md => "MD", Mc => "MC", Mn =>
    "MN", Me => "ME", Ms => "MS", Ma => "MA", Mz => "MZ", Mm => "MM", Na => "NA", Nr =>
    "NR", Np => "NP", Nl => "NL", Nc => "NC", Nz => "NZ", Ni => "NI", Ne => "NE", Ng =>
    "NG", Nu => "NU", Nf => "NF", Kp => "KP", Mk => "MK", Mp => "MP", No => "NO", Om =>
    "OM", Pk => "PK", Pw => "PW", Ps => "PS", Pa => "PA", Pg => "PG", Py => "PY", Pe =>
    "PE", Ph => "PH", Pn => "PN", Pl => "PL", Pt => "PT", Pr => "PR", Qa => "QA", Re =>
    "RE", Ro => "RO", Ru => "RU", Rw => "RW", Bl => "BL", Sh => "SH", Kn => "KN", Lc =>
    "LC", Mf => "MF", Pm => "PM", Vc => "VC", Ws => "WS", Sm => "SM", St => "ST", Sa =>
    "SA", Sn => "SN", Rs => "RS", Sc => "SC", Sl => "SL", Sg => "SG", Sx => "SX", Sk =>
    "SK", Si => "SI", Sb => "SB", So => "SO", Za => "ZA", Gs => "GS", Kr => "KR", Ss =>
    "SS", Es => "ES", Lk => "LK", Sd => "SD", Sr => "SR", Sj => "SJ", Se => "SE", Ch =>
    "CH", Sy => "SY", Tw => "TW", Tj => "TJ", Tz => "TZ", Th => "TH", Tl => "TL", Tg =>
    "TG", Tk => "TK", To => "TO", Tt => "TT", Tn => "TN", Tr => "TR", Tm => "TM", Tc =>
    "TC", Tv => "TV", Ug => "UG", Ua => "UA", Ae => "AE", Gb => "GB", Um => "UM", Us =>
    "US", Uy => "UY", Uz => "UZ", Vu => "VU", Va => "VA", Ve => "VE", Vn => "VN", Vg =>
    "VG", Vi => "VI", Wf => "WF", Eh => "EH", Ye => "YE", Zm => "ZM", Zw => "ZW", }
);

#[cfg(feature = "core")]
super::runtime::object! {
    /// Partial brand information for styling
    #[derive(Clone, Debug, PartialEq)]
    pub struct CurrentBrand {
        /// Since 2025.6.2.
        pub branding_custom_css: Option<String> => 0 "branding_custom_css" opt,
        pub branding_favicon: String => 1 "branding_favicon" req,
        /// Since 2026.11.0-rc1.
        pub branding_favicon_themed_urls: Option<Option<ThemedUrls>> => 2 "branding_favicon_themed_urls" opt_null,
        pub branding_logo: String => 3 "branding_logo" req,
        /// Since 2026.11.0-rc1.
        pub branding_logo_themed_urls: Option<Option<ThemedUrls>> => 4 "branding_logo_themed_urls" opt_null,
        /// Since 2026.11.0-rc1.
        pub branding_map_tiles: Option<String> => 5 "branding_map_tiles" opt,
        pub branding_title: String => 6 "branding_title" req,
        pub default_locale: String => 7 "default_locale" req,
        /// Since 2026.11.0-rc1.
        pub flags: Option<CurrentBrandFlags> => 8 "flags" opt,
        pub flow_authentication: Option<String> => 9 "flow_authentication" opt,
        pub flow_device_code: Option<String> => 10 "flow_device_code" opt,
        pub flow_invalidation: Option<String> => 11 "flow_invalidation" opt,
        /// Since 2026.11.0-rc1.
        pub flow_lockdown: Option<String> => 12 "flow_lockdown" opt,
        pub flow_recovery: Option<String> => 13 "flow_recovery" opt,
        /// Since 2026.11.0-rc1.
        pub flow_request: Option<String> => 14 "flow_request" opt,
        pub flow_unenrollment: Option<String> => 15 "flow_unenrollment" opt,
        pub flow_user_settings: Option<String> => 16 "flow_user_settings" opt,
        /// Since 2026.11.0-rc1.
        pub flow_user_switch: Option<String> => 17 "flow_user_switch" opt,
        pub matched_domain: String => 18 "matched_domain" req,
        pub ui_footer_links: Vec<FooterLink> => 19 "ui_footer_links" req,
        pub ui_theme: UiThemeEnum => 20 "ui_theme" req,
    }
    required(
        1 branding_favicon, 3 branding_logo, 6 branding_title, 7 default_locale, 18 matched_domain,
        19 ui_footer_links, 20 ui_theme,
    )
    shapes(19 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `CurrentBrandFlags`
    #[derive(Clone, Debug, PartialEq)]
    pub struct CurrentBrandFlags {
        /// Upon successful authentication, re-start authentication in other open tabs.
        pub flows_continuous_login: bool => 0 "flows_continuous_login" req,
        /// Refresh other tabs after successful authentication.
        pub flows_refresh_others: bool => 1 "flows_refresh_others" req,
    }
    required(0 flows_continuous_login, 1 flows_refresh_others)
}

#[cfg(any(feature = "core", feature = "events", feature = "reports"))]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DataExport {
        pub completed: bool => 0 "completed" req,
        pub content_type: ContentType => 1 "content_type" req,
        pub file_url: String => 2 "file_url" req,
        pub id: ::uuid::Uuid => 3 "id" req,
        pub query_params: ::std::collections::BTreeMap<String, ::serde_json::Value> => 4 "query_params" req,
        pub requested_by: PartialUser => 5 "requested_by" req,
        pub requested_on: super::runtime::DateTime => 6 "requested_on" req,
    }
    required(
        0 completed, 1 content_type, 2 file_url, 3 id, 4 query_params, 5 requested_by,
        6 requested_on,
    )
}

#[cfg(feature = "ssf")]
/// `DeliveryMethodEnum`
///
/// Since 2025.6.2.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeliveryMethodEnum {
    /// `https://schemas.openid.net/secevent/risc/delivery-method/push`
    HttpsSchemasOpenidNetSeceventRiscDeliveryMethodPush,
    /// `https://schemas.openid.net/secevent/risc/delivery-method/poll`
    HttpsSchemasOpenidNetSeceventRiscDeliveryMethodPoll,
    /// `urn:ietf:rfc:8935`
    UrnIetfRfc8935,
    /// `urn:ietf:rfc:8936`
    UrnIetfRfc8936,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "ssf")]
super::runtime::string_enum!(
    DeliveryMethodEnum, Unknown { HttpsSchemasOpenidNetSeceventRiscDeliveryMethodPush =>
    "https://schemas.openid.net/secevent/risc/delivery-method/push",
    HttpsSchemasOpenidNetSeceventRiscDeliveryMethodPoll =>
    "https://schemas.openid.net/secevent/risc/delivery-method/poll", UrnIetfRfc8935 =>
    "urn:ietf:rfc:8935", UrnIetfRfc8936 => "urn:ietf:rfc:8936", }
);

#[cfg(any(feature = "flows", feature = "stages"))]
/// `DeniedActionEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeniedActionEnum {
    /// `message_continue`
    MessageContinue,
    /// `message`
    Message,
    /// `continue`
    Continue,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::string_enum!(
    DeniedActionEnum, Unknown { MessageContinue => "message_continue", Message =>
    "message", Continue => "continue", }
);

#[cfg(feature = "stages")]
super::runtime::object! {
    /// DenyStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DenyStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub deny_message: Option<String> => 1 "deny_message" opt,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 2 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(0 component, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name, 7 verbose_name_plural)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// DenyStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DenyStageRequest {
        pub deny_message: Option<String> => 0 "deny_message" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub name: String => 2 "name" req,
    }
    required(2 name)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `DetailedCountry`
    #[derive(Clone, Debug, PartialEq)]
    pub struct DetailedCountry {
        pub code: CountryCodeEnum => 0 "code" req,
        pub name: String => 1 "name" req,
    }
    required(0 code, 1 name)
}

super::runtime::object! {
    /// `DetailedCountryField`
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct DetailedCountryField {
        pub code: CountryCodeEnum => 0 "code" req,
        pub name: String => 1 "name" req,
    }
    required(0 code, 1 name)
}

super::runtime::object! {
    /// `DetailedCountryFieldRequest`
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct DetailedCountryFieldRequest {
        pub code: CountryCodeEnum => 0 "code" req,
        pub name: String => 1 "name" req,
    }
    required(0 code, 1 name)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct Device {
        pub confirmed: bool => 0 "confirmed" req,
        pub created: super::runtime::DateTime => 1 "created" req,
        /// Get external Device ID
        ///
        /// Since 2025.6.2.
        pub external_id: Option<Option<String>> => 2 "external_id" opt_null,
        /// Get extra description
        pub extra_description: Option<String> => 3 "extra_description" nullable,
        pub last_updated: super::runtime::DateTime => 4 "last_updated" req,
        pub last_used: Option<super::runtime::DateTime> => 5 "last_used" nullable,
        /// Return internal model name
        pub meta_model_name: String => 6 "meta_model_name" req,
        pub name: String => 7 "name" req,
        pub pk: String => 8 "pk" req,
        /// Get type of device
        pub r#type: String => 9 "type" req,
        /// Return object's verbose_name
        pub verbose_name: String => 10 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 11 "verbose_name_plural" req,
    }
    required(
        0 confirmed, 1 created, 4 last_updated, 6 meta_model_name, 7 name, 8 pk, 9 r#type,
        10 verbose_name, 11 verbose_name_plural,
    )
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceAccessGroup`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceAccessGroup {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub name: String => 1 "name" req,
        pub pbm_uuid: ::uuid::Uuid => 2 "pbm_uuid" req,
    }
    required(1 name, 2 pbm_uuid)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceAccessGroupRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceAccessGroupRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub name: String => 1 "name" req,
    }
    required(1 name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Single device challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceChallenge {
        pub challenge: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "challenge" req,
        pub device_class: DeviceClassesEnum => 1 "device_class" req,
        pub device_uid: String => 2 "device_uid" req,
        /// Since 2024.12.1.
        pub last_used: Option<Option<super::runtime::DateTime>> => 3 "last_used" opt_null,
    }
    required(0 challenge, 1 device_class, 2 device_uid)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Single device challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceChallengeRequest {
        pub challenge: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "challenge" req,
        pub device_class: DeviceClassesEnum => 1 "device_class" req,
        pub device_uid: String => 2 "device_uid" req,
        /// Since 2024.12.1.
        pub last_used: Option<Option<super::runtime::DateTime>> => 3 "last_used" opt_null,
    }
    required(0 challenge, 1 device_class, 2 device_uid)
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// `DeviceClassesEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeviceClassesEnum {
    /// `static`
    Static,
    /// `totp`
    Totp,
    /// `webauthn`
    Webauthn,
    /// `duo`
    Duo,
    /// `sms`
    Sms,
    /// `email`
    Email,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::string_enum!(
    DeviceClassesEnum, Unknown { Static => "static", Totp => "totp", Webauthn =>
    "webauthn", Duo => "duo", Sms => "sms", Email => "email", }
);

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceConnection`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceConnection {
        pub connector: ::uuid::Uuid => 0 "connector" req,
        pub connector_obj: Connector => 1 "connector_obj" req,
        pub device: ::uuid::Uuid => 2 "device" req,
        pub latest_snapshot: Option<DeviceFactSnapshot> => 3 "latest_snapshot" nullable,
    }
    required(0 connector, 1 connector_obj, 2 device)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceFactSnapshot`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceFactSnapshot {
        pub connection: ::uuid::Uuid => 0 "connection" req,
        pub created: super::runtime::DateTime => 1 "created" req,
        pub data: DeviceFacts => 2 "data" req,
        pub expires: Option<super::runtime::DateTime> => 3 "expires" nullable,
        pub vendor: VendorEnum => 4 "vendor" req,
    }
    required(0 connection, 1 created, 2 data, 4 vendor)
    zero(required)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceFacts`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DeviceFacts {
        pub disks: Option<Option<Vec<Disk>>> => 0 "disks" opt_null,
        pub groups: Option<Option<Vec<DeviceGroup>>> => 1 "groups" opt_null,
        pub hardware: Option<Option<Hardware>> => 2 "hardware" opt_null,
        pub network: Option<Option<Network>> => 3 "network" opt_null,
        pub os: Option<Option<OperatingSystem>> => 4 "os" opt_null,
        pub processes: Option<Option<Vec<Process>>> => 5 "processes" opt_null,
        pub software: Option<Option<Vec<Software>>> => 6 "software" opt_null,
        pub users: Option<Option<Vec<DeviceUser>>> => 7 "users" opt_null,
        pub vendor: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 8 "vendor" opt,
    }
    required()
    zero(required)
    shapes(0 seq, 1 seq, 5 seq, 6 seq, 7 seq)
}

#[cfg(feature = "endpoints")]
/// `DeviceFactsOSFamily`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeviceFactsOSFamily {
    /// `linux`
    Linux,
    /// `unix`
    Unix,
    /// `bsd`
    Bsd,
    /// `windows`
    Windows,
    /// `mac_os`
    MacOs,
    /// `android`
    Android,
    /// `i_os`
    IOs,
    /// `other`
    Other,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "endpoints")]
super::runtime::string_enum!(
    DeviceFactsOSFamily, Unknown { Linux => "linux", Unix => "unix", Bsd => "bsd",
    Windows => "windows", MacOs => "mac_os", Android => "android", IOs => "i_os", Other
    => "other", }
);

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceFactsRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DeviceFactsRequest {
        pub disks: Option<Option<Vec<DiskRequest>>> => 0 "disks" opt_null,
        pub groups: Option<Option<Vec<DeviceGroupRequest>>> => 1 "groups" opt_null,
        pub hardware: Option<Option<HardwareRequest>> => 2 "hardware" opt_null,
        pub network: Option<Option<NetworkRequest>> => 3 "network" opt_null,
        pub os: Option<Option<OperatingSystemRequest>> => 4 "os" opt_null,
        pub processes: Option<Option<Vec<ProcessRequest>>> => 5 "processes" opt_null,
        pub software: Option<Option<Vec<SoftwareRequest>>> => 6 "software" opt_null,
        pub users: Option<Option<Vec<DeviceUserRequest>>> => 7 "users" opt_null,
        pub vendor: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 8 "vendor" opt,
    }
    required()
    shapes(0 seq, 1 seq, 5 seq, 6 seq, 7 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceGroup`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceGroup {
        pub id: String => 0 "id" req,
        pub name: Option<String> => 1 "name" opt,
    }
    required(0 id)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceGroupRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceGroupRequest {
        pub id: String => 0 "id" req,
        pub name: Option<String> => 1 "name" opt,
    }
    required(0 id)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Summary of registered devices
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceSummary {
        pub outdated_agent_count: i64 => 0 "outdated_agent_count" req,
        pub total_count: i64 => 1 "total_count" req,
        pub unreachable_count: i64 => 2 "unreachable_count" req,
    }
    required(0 outdated_agent_count, 1 total_count, 2 unreachable_count)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceUser`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceUser {
        pub home: Option<String> => 0 "home" opt,
        pub id: String => 1 "id" req,
        pub name: Option<String> => 2 "name" opt,
        pub username: Option<String> => 3 "username" opt,
    }
    required(1 id)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// PolicyBinding Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceUserBinding {
        pub connector: Option<::uuid::Uuid> => 0 "connector" nullable,
        pub connector_obj: Connector => 1 "connector_obj" req,
        pub enabled: Option<bool> => 2 "enabled" opt,
        pub expires: Option<super::runtime::DateTime> => 3 "expires" nullable,
        pub expiring: bool => 4 "expiring" req,
        /// Result if the Policy execution fails.
        pub failure_result: Option<bool> => 5 "failure_result" opt,
        pub group: Option<Option<::uuid::Uuid>> => 6 "group" opt_null,
        pub group_obj: Option<PartialGroup> => 7 "group_obj" nullable,
        pub is_primary: Option<bool> => 8 "is_primary" opt,
        /// Negates the outcome of the policy. Messages are unaffected.
        pub negate: Option<bool> => 9 "negate" opt,
        pub order: i32 => 10 "order" req,
        pub pk: ::uuid::Uuid => 11 "pk" req,
        pub policy: Option<Option<::uuid::Uuid>> => 12 "policy" opt_null,
        pub policy_obj: Option<Policy> => 13 "policy_obj" nullable,
        pub target: ::uuid::Uuid => 14 "target" req,
        /// Timeout after which Policy execution is terminated.
        pub timeout: Option<u32> => 15 "timeout" opt,
        pub user: Option<Option<i64>> => 16 "user" opt_null,
        pub user_obj: Option<PartialUser> => 17 "user_obj" nullable,
    }
    required(1 connector_obj, 4 expiring, 10 order, 11 pk, 14 target)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// PolicyBinding Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceUserBindingRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        /// Result if the Policy execution fails.
        pub failure_result: Option<bool> => 1 "failure_result" opt,
        pub group: Option<Option<::uuid::Uuid>> => 2 "group" opt_null,
        pub is_primary: Option<bool> => 3 "is_primary" opt,
        /// Negates the outcome of the policy. Messages are unaffected.
        pub negate: Option<bool> => 4 "negate" opt,
        pub order: i32 => 5 "order" req,
        pub policy: Option<Option<::uuid::Uuid>> => 6 "policy" opt_null,
        pub target: ::uuid::Uuid => 7 "target" req,
        /// Timeout after which Policy execution is terminated.
        pub timeout: Option<u32> => 8 "timeout" opt,
        pub user: Option<Option<i64>> => 9 "user" opt_null,
    }
    required(5 order, 7 target)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DeviceUserRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DeviceUserRequest {
        pub home: Option<String> => 0 "home" opt,
        pub id: String => 1 "id" req,
        pub name: Option<String> => 2 "name" opt,
        pub username: Option<String> => 3 "username" opt,
    }
    required(1 id)
}

#[cfg(any(feature = "core", feature = "providers", feature = "sources"))]
/// `DigestAlgorithmEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DigestAlgorithmEnum {
    /// `http://www.w3.org/2000/09/xmldsig#sha1`
    HttpWwwW3Org200009XmldsigSha1,
    /// `http://www.w3.org/2001/04/xmlenc#sha256`
    HttpWwwW3Org200104XmlencSha256,
    /// `http://www.w3.org/2001/04/xmldsig-more#sha384`
    HttpWwwW3Org200104XmldsigMoreSha384,
    /// `http://www.w3.org/2001/04/xmlenc#sha512`
    HttpWwwW3Org200104XmlencSha512,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers", feature = "sources"))]
super::runtime::string_enum!(
    DigestAlgorithmEnum, Unknown { HttpWwwW3Org200009XmldsigSha1 =>
    "http://www.w3.org/2000/09/xmldsig#sha1", HttpWwwW3Org200104XmlencSha256 =>
    "http://www.w3.org/2001/04/xmlenc#sha256", HttpWwwW3Org200104XmldsigMoreSha384 =>
    "http://www.w3.org/2001/04/xmldsig-more#sha384", HttpWwwW3Org200104XmlencSha512 =>
    "http://www.w3.org/2001/04/xmlenc#sha512", }
);

#[cfg(feature = "stages")]
/// `DigitsEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DigitsEnum {
    /// `6`
    V6,
    /// `8`
    V8,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(DigitsEnum, Unknown { V6 => "6", V8 => "8", });

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `Disk`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Disk {
        pub capacity_total_bytes: Option<i64> => 0 "capacity_total_bytes" opt,
        pub capacity_used_bytes: Option<i64> => 1 "capacity_used_bytes" opt,
        pub encryption_enabled: Option<bool> => 2 "encryption_enabled" opt,
        pub label: Option<String> => 3 "label" opt,
        pub mountpoint: String => 4 "mountpoint" req,
        pub name: String => 5 "name" req,
    }
    required(4 mountpoint, 5 name)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `DiskRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct DiskRequest {
        pub capacity_total_bytes: Option<i64> => 0 "capacity_total_bytes" opt,
        pub capacity_used_bytes: Option<i64> => 1 "capacity_used_bytes" opt,
        pub encryption_enabled: Option<bool> => 2 "encryption_enabled" opt,
        pub label: Option<String> => 3 "label" opt,
        pub mountpoint: String => 4 "mountpoint" req,
        pub name: String => 5 "name" req,
    }
    required(4 mountpoint, 5 name)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// DockerServiceConnection Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DockerServiceConnection {
        pub component: String => 0 "component" req,
        /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
        pub local: Option<bool> => 1 "local" opt,
        /// Return internal model name
        pub meta_model_name: String => 2 "meta_model_name" req,
        pub name: String => 3 "name" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
        /// Certificate/Key used for authentication. Can be left empty for no authentication.
        pub tls_authentication: Option<Option<::uuid::Uuid>> => 5 "tls_authentication" opt_null,
        /// CA which the endpoint's Certificate is verified against. Can be left empty for no validation.
        pub tls_verification: Option<Option<::uuid::Uuid>> => 6 "tls_verification" opt_null,
        /// Can be in the format of 'unix://<path>' when connecting to a local docker daemon, or 'https://<hostname>:2376' when connecting to a remote system.
        pub url: String => 7 "url" req,
        /// Return object's verbose_name
        pub verbose_name: String => 8 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 9 "verbose_name_plural" req,
    }
    required(
        0 component, 2 meta_model_name, 3 name, 4 pk, 7 url, 8 verbose_name, 9 verbose_name_plural,
    )
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// DockerServiceConnection Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DockerServiceConnectionRequest {
        /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
        pub local: Option<bool> => 0 "local" opt,
        pub name: String => 1 "name" req,
        /// Certificate/Key used for authentication. Can be left empty for no authentication.
        pub tls_authentication: Option<Option<::uuid::Uuid>> => 2 "tls_authentication" opt_null,
        /// CA which the endpoint's Certificate is verified against. Can be left empty for no validation.
        pub tls_verification: Option<Option<::uuid::Uuid>> => 3 "tls_verification" opt_null,
        /// Can be in the format of 'unix://<path>' when connecting to a local docker daemon, or 'https://<hostname>:2376' when connecting to a remote system.
        pub url: String => 4 "url" req,
    }
    required(1 name, 4 url)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Domain Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Domain {
        pub domain: String => 0 "domain" req,
        pub id: i64 => 1 "id" req,
        pub is_primary: Option<bool> => 2 "is_primary" opt,
        pub tenant: ::uuid::Uuid => 3 "tenant" req,
    }
    required(0 domain, 1 id, 3 tenant)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Domain Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DomainRequest {
        pub domain: String => 0 "domain" req,
        pub is_primary: Option<bool> => 1 "is_primary" opt,
        pub tenant: ::uuid::Uuid => 2 "tenant" req,
    }
    required(0 domain, 2 tenant)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Dummy challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct DummyChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub name: String => 2 "name" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 3 "response_errors" opt,
    }
    required(2 name)
    shapes(3 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Dummy challenge response
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct DummyChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Dummy Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DummyPolicy {
        /// Return objects policy is bound to
        pub bound_to: i64 => 0 "bound_to" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 1 "component" req,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 2 "execution_logging" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        pub result: Option<bool> => 6 "result" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 7 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 8 "verbose_name_plural" req,
        pub wait_max: Option<i32> => 9 "wait_max" opt,
        pub wait_min: Option<i32> => 10 "wait_min" opt,
    }
    required(
        0 bound_to, 1 component, 3 meta_model_name, 4 name, 5 pk, 7 verbose_name,
        8 verbose_name_plural,
    )
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Dummy Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DummyPolicyRequest {
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 0 "execution_logging" opt,
        pub name: String => 1 "name" req,
        pub result: Option<bool> => 2 "result" opt,
        pub wait_max: Option<i32> => 3 "wait_max" opt,
        pub wait_min: Option<i32> => 4 "wait_min" opt,
    }
    required(1 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// DummyStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DummyStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 1 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 2 "meta_model_name" req,
        pub name: String => 3 "name" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
        pub throw_error: Option<bool> => 5 "throw_error" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(0 component, 2 meta_model_name, 3 name, 4 pk, 6 verbose_name, 7 verbose_name_plural)
    shapes(1 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// DummyStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct DummyStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub name: String => 1 "name" req,
        pub throw_error: Option<bool> => 2 "throw_error" opt,
    }
    required(1 name)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for Duo authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct DuoDevice {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
        pub pk: i64 => 1 "pk" req,
        /// Since 2025.6.2.
        pub user: Option<PartialUser> => 2 "user" opt,
    }
    required(0 name, 1 pk)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `DuoDeviceEnrollmentStatus`
    #[derive(Clone, Debug, PartialEq)]
    pub struct DuoDeviceEnrollmentStatus {
        pub duo_response: DuoResponseEnum => 0 "duo_response" req,
    }
    required(0 duo_response)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for Duo authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct DuoDeviceRequest {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
    }
    required(0 name)
}

#[cfg(feature = "stages")]
/// `DuoResponseEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DuoResponseEnum {
    /// `success`
    Success,
    /// `waiting`
    Waiting,
    /// `invalid`
    Invalid,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    DuoResponseEnum, Unknown { Success => "success", Waiting => "waiting", Invalid =>
    "invalid", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Email challenge
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EmailChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 2 "response_errors" opt,
    }
    required()
    shapes(2 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Email challenge resposen. No fields. This challenge is
    /// always declared invalid to give the user a chance to retry
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EmailChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for email authenticator devices
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EmailDevice {
        pub email: String => 0 "email" req,
        /// The human-readable name of this device.
        pub name: String => 1 "name" req,
        pub pk: i64 => 2 "pk" req,
        pub user: PartialUser => 3 "user" req,
    }
    required(0 email, 1 name, 2 pk, 3 user)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for email authenticator devices
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EmailDeviceRequest {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
    }
    required(0 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// EmailStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct EmailStage {
        /// Activate users upon completion of stage.
        pub activate_user_on_success: Option<bool> => 0 "activate_user_on_success" opt,
        /// Get object type so that we know how to edit the object
        pub component: String => 1 "component" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 2 "flow_set" opt,
        pub from_address: Option<String> => 3 "from_address" opt,
        pub host: Option<String> => 4 "host" opt,
        /// Return internal model name
        pub meta_model_name: String => 5 "meta_model_name" req,
        pub name: String => 6 "name" req,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        pub port: Option<i32> => 8 "port" opt,
        /// The time window used to count recent account recovery attempts. If the number of attempts exceed recovery_max_attempts within this period, further attempts will be rate-limited. (Format: hours=1;minutes=2;seconds=3).
        ///
        /// Since 2026.11.0-rc1.
        pub recovery_cache_timeout: Option<String> => 9 "recovery_cache_timeout" opt,
        /// Since 2026.11.0-rc1.
        pub recovery_max_attempts: Option<u32> => 10 "recovery_max_attempts" opt,
        pub subject: Option<String> => 11 "subject" opt,
        pub template: Option<String> => 12 "template" opt,
        pub timeout: Option<i32> => 13 "timeout" opt,
        /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
        ///
        /// Was `integer(i32)` in 2024.8.3, 2024.12.1: such values are kept as raw JSON (`Versioned::Legacy`).
        pub token_expiry: Option<super::runtime::compat::Versioned<String>> => 14 "token_expiry" opt,
        /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
        pub use_global_settings: Option<bool> => 15 "use_global_settings" opt,
        pub use_ssl: Option<bool> => 16 "use_ssl" opt,
        pub use_tls: Option<bool> => 17 "use_tls" opt,
        pub username: Option<String> => 18 "username" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 19 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 20 "verbose_name_plural" req,
    }
    required(1 component, 5 meta_model_name, 6 name, 7 pk, 19 verbose_name, 20 verbose_name_plural)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// EmailStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct EmailStageRequest {
        /// Activate users upon completion of stage.
        pub activate_user_on_success: Option<bool> => 0 "activate_user_on_success" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub from_address: Option<String> => 2 "from_address" opt,
        pub host: Option<String> => 3 "host" opt,
        pub name: String => 4 "name" req,
        pub password: Option<String> => 5 "password" opt,
        pub port: Option<i32> => 6 "port" opt,
        /// The time window used to count recent account recovery attempts. If the number of attempts exceed recovery_max_attempts within this period, further attempts will be rate-limited. (Format: hours=1;minutes=2;seconds=3).
        ///
        /// Since 2026.11.0-rc1.
        pub recovery_cache_timeout: Option<String> => 7 "recovery_cache_timeout" opt,
        /// Since 2026.11.0-rc1.
        pub recovery_max_attempts: Option<u32> => 8 "recovery_max_attempts" opt,
        pub subject: Option<String> => 9 "subject" opt,
        pub template: Option<String> => 10 "template" opt,
        pub timeout: Option<i32> => 11 "timeout" opt,
        /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
        ///
        /// Was `integer(i32)` in 2024.8.3, 2024.12.1: such values are kept as raw JSON (`Versioned::Legacy`).
        pub token_expiry: Option<super::runtime::compat::Versioned<String>> => 12 "token_expiry" opt,
        /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
        pub use_global_settings: Option<bool> => 13 "use_global_settings" opt,
        pub use_ssl: Option<bool> => 14 "use_ssl" opt,
        pub use_tls: Option<bool> => 15 "use_tls" opt,
        pub username: Option<String> => 16 "username" opt,
    }
    required(4 name)
}

#[cfg(feature = "rac")]
super::runtime::object! {
    /// Endpoint Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Endpoint {
        pub auth_mode: EndpointAuthModeEnum => 0 "auth_mode" req,
        pub host: String => 1 "host" req,
        /// Build actual launch URL (the provider itself does not have one, just
        /// individual endpoints)
        pub launch_url: Option<String> => 2 "launch_url" nullable,
        pub maximum_connections: Option<i32> => 3 "maximum_connections" opt,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 6 "property_mappings" opt,
        pub protocol: ProtocolEnum => 7 "protocol" req,
        pub provider: i64 => 8 "provider" req,
        pub provider_obj: RACProvider => 9 "provider_obj" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub settings: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 10 "settings" opt_null,
    }
    required(0 auth_mode, 1 host, 4 name, 5 pk, 7 protocol, 8 provider, 9 provider_obj)
    zero(required)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Signed challenge for authentik agent to respond to
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EndpointAgentChallenge {
        pub challenge: String => 0 "challenge" req,
        pub challenge_idle_timeout: i64 => 1 "challenge_idle_timeout" req,
        pub component: Option<String> => 2 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 3 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 4 "response_errors" opt,
    }
    required(0 challenge, 1 challenge_idle_timeout)
    shapes(4 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Response to signed challenge
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct EndpointAgentChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
        pub response: Option<Option<String>> => 1 "response" opt_null,
    }
    required()
}

#[cfg(feature = "rac")]
/// `EndpointAuthModeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EndpointAuthModeEnum {
    /// `static`
    Static,
    /// `prompt`
    Prompt,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "rac")]
super::runtime::string_enum!(
    EndpointAuthModeEnum, Unknown { Static => "static", Prompt => "prompt", }
);
#[cfg(feature = "rac")]
/// `AuthModeEnum`: the name of [`EndpointAuthModeEnum`] in older schema versions.
pub type AuthModeEnum = EndpointAuthModeEnum;

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `EndpointDevice`
    #[derive(Clone, Debug, PartialEq)]
    pub struct EndpointDevice {
        /// Since 2026.11.0-rc1.
        pub access_group: Option<Option<::uuid::Uuid>> => 0 "access_group" opt_null,
        /// Since 2026.11.0-rc1.
        pub access_group_obj: Option<DeviceAccessGroup> => 1 "access_group_obj" opt,
        /// Since 2026.11.0-rc1.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 2 "attributes" opt,
        /// Since 2026.11.0-rc1.
        pub device_uuid: Option<::uuid::Uuid> => 3 "device_uuid" opt,
        /// Since 2026.11.0-rc1.
        pub expires: Option<Option<super::runtime::DateTime>> => 4 "expires" opt_null,
        /// Since 2026.11.0-rc1.
        pub expiring: Option<bool> => 5 "expiring" opt,
        /// Since 2026.11.0-rc1.
        pub facts: Option<DeviceFactSnapshot> => 6 "facts" opt,
        pub name: String => 7 "name" req,
        /// Since 2026.11.0-rc1.
        pub pbm_uuid: Option<::uuid::Uuid> => 8 "pbm_uuid" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub pk: Option<::uuid::Uuid> => 9 "pk" opt,
    }
    required(7 name)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `EndpointDeviceDetails`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EndpointDeviceDetails {
        pub access_group: Option<Option<::uuid::Uuid>> => 0 "access_group" opt_null,
        pub access_group_obj: Option<DeviceAccessGroup> => 1 "access_group_obj" opt,
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 2 "attributes" opt,
        pub connections: Vec<::uuid::Uuid> => 3 "connections" req,
        pub connections_obj: Vec<DeviceConnection> => 4 "connections_obj" req,
        pub device_uuid: Option<::uuid::Uuid> => 5 "device_uuid" opt,
        pub expires: Option<Option<super::runtime::DateTime>> => 6 "expires" opt_null,
        pub expiring: Option<bool> => 7 "expiring" opt,
        pub facts: DeviceFactSnapshot => 8 "facts" req,
        pub name: String => 9 "name" req,
        pub pbm_uuid: ::uuid::Uuid => 10 "pbm_uuid" req,
        pub policies: Vec<::uuid::Uuid> => 11 "policies" req,
    }
    required(3 connections, 4 connections_obj, 8 facts, 9 name, 10 pbm_uuid, 11 policies)
    shapes(4 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `EndpointDeviceRequest`
    #[derive(Clone, Debug, PartialEq)]
    pub struct EndpointDeviceRequest {
        /// Since 2026.11.0-rc1.
        pub access_group: Option<Option<::uuid::Uuid>> => 0 "access_group" opt_null,
        /// Since 2026.11.0-rc1.
        pub access_group_obj: Option<DeviceAccessGroupRequest> => 1 "access_group_obj" opt,
        /// Since 2026.11.0-rc1.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 2 "attributes" opt,
        /// Since 2026.11.0-rc1.
        pub device_uuid: Option<::uuid::Uuid> => 3 "device_uuid" opt,
        /// Since 2026.11.0-rc1.
        pub expires: Option<Option<super::runtime::DateTime>> => 4 "expires" opt_null,
        /// Since 2026.11.0-rc1.
        pub expiring: Option<bool> => 5 "expiring" opt,
        pub name: String => 6 "name" req,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub pk: Option<::uuid::Uuid> => 7 "pk" opt,
    }
    required(6 name)
}

#[cfg(feature = "rac")]
super::runtime::object! {
    /// Endpoint Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct EndpointRequest {
        pub auth_mode: EndpointAuthModeEnum => 0 "auth_mode" req,
        pub host: String => 1 "host" req,
        pub maximum_connections: Option<i32> => 2 "maximum_connections" opt,
        pub name: String => 3 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 4 "property_mappings" opt,
        pub protocol: ProtocolEnum => 5 "protocol" req,
        pub provider: i64 => 6 "provider" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub settings: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 7 "settings" opt_null,
    }
    required(0 auth_mode, 1 host, 3 name, 5 protocol, 6 provider)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// EndpointStage Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EndpointStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub connector: ::uuid::Uuid => 1 "connector" req,
        pub connector_obj: Connector => 2 "connector_obj" req,
        pub flow_set: Vec<FlowSet> => 3 "flow_set" req,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        pub mode: Option<StageModeEnum> => 5 "mode" opt,
        pub name: String => 6 "name" req,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 8 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 9 "verbose_name_plural" req,
    }
    required(
        0 component, 1 connector, 2 connector_obj, 3 flow_set, 4 meta_model_name, 6 name, 7 pk,
        8 verbose_name, 9 verbose_name_plural,
    )
    shapes(3 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// EndpointStage Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EndpointStageRequest {
        pub connector: ::uuid::Uuid => 0 "connector" req,
        pub mode: Option<StageModeEnum> => 1 "mode" opt,
        pub name: String => 2 "name" req,
    }
    required(0 connector, 2 name)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EnrollRequest {
        pub device_name: String => 0 "device_name" req,
        pub device_serial: String => 1 "device_serial" req,
    }
    required(0 device_name, 1 device_serial)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `EnrollmentToken`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EnrollmentToken {
        pub connector: ::uuid::Uuid => 0 "connector" req,
        pub device_group: Option<Option<::uuid::Uuid>> => 1 "device_group" opt_null,
        pub device_group_obj: Option<DeviceAccessGroup> => 2 "device_group_obj" nullable,
        pub expires: Option<Option<super::runtime::DateTime>> => 3 "expires" opt_null,
        pub expiring: Option<bool> => 4 "expiring" opt,
        pub name: String => 5 "name" req,
        pub token_uuid: ::uuid::Uuid => 6 "token_uuid" req,
    }
    required(0 connector, 5 name, 6 token_uuid)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `EnrollmentTokenRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EnrollmentTokenRequest {
        pub connector: ::uuid::Uuid => 0 "connector" req,
        pub device_group: Option<Option<::uuid::Uuid>> => 1 "device_group" opt_null,
        pub expires: Option<Option<super::runtime::DateTime>> => 2 "expires" opt_null,
        pub expiring: Option<bool> => 3 "expiring" opt,
        pub name: String => 4 "name" req,
    }
    required(0 connector, 4 name)
}

#[cfg(any(feature = "flows", feature = "sources", feature = "stages"))]
super::runtime::object! {
    /// Serializer for rest_framework's error messages
    #[derive(Clone, Debug, PartialEq)]
    pub struct ErrorDetail {
        pub code: String => 0 "code" req,
        pub string: String => 1 "string" req,
    }
    required(0 code, 1 string)
}

#[cfg(any(feature = "endpoints", feature = "root"))]
super::runtime::object! {
    /// Config for error reporting
    #[derive(Clone, Debug, PartialEq)]
    pub struct ErrorReportingConfig {
        pub enabled: bool => 0 "enabled" req,
        pub environment: String => 1 "environment" req,
        pub send_pii: bool => 2 "send_pii" req,
        pub sentry_dsn: String => 3 "sentry_dsn" req,
        pub traces_sample_rate: super::runtime::Number => 4 "traces_sample_rate" req,
    }
    required(0 enabled, 1 environment, 2 send_pii, 3 sentry_dsn, 4 traces_sample_rate)
    zero(required)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Event Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Event {
        pub action: EventActions => 0 "action" req,
        pub app: String => 1 "app" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub brand: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>> => 2 "brand" opt_null,
        pub client_ip: Option<Option<String>> => 3 "client_ip" opt_null,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub context: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 4 "context" opt_null,
        pub created: super::runtime::DateTime => 5 "created" req,
        pub expires: Option<super::runtime::DateTime> => 6 "expires" opt,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub user: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>> => 8 "user" opt_null,
    }
    required(0 action, 1 app, 5 created, 7 pk)
}

#[cfg(any(feature = "events", feature = "policies"))]
/// `EventActions`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventActions {
    /// `login`
    Login,
    /// `login_failed`
    LoginFailed,
    /// `logout`
    Logout,
    /// `user_write`
    UserWrite,
    /// `user_offboarded`
    UserOffboarded,
    /// `suspicious_request`
    SuspiciousRequest,
    /// `password_set`
    PasswordSet,
    /// `secret_view`
    SecretView,
    /// `secret_rotate`
    SecretRotate,
    /// `invitation_used`
    InvitationUsed,
    /// `authorize_application`
    AuthorizeApplication,
    /// `source_linked`
    SourceLinked,
    /// `impersonation_started`
    ImpersonationStarted,
    /// `impersonation_ended`
    ImpersonationEnded,
    /// `flow_execution`
    FlowExecution,
    /// `policy_execution`
    PolicyExecution,
    /// `policy_exception`
    PolicyException,
    /// `property_mapping_exception`
    PropertyMappingException,
    /// `system_task_execution`
    SystemTaskExecution,
    /// `system_task_exception`
    SystemTaskException,
    /// `system_exception`
    SystemException,
    /// `configuration_error`
    ConfigurationError,
    /// `configuration_warning`
    ConfigurationWarning,
    /// `model_created`
    ModelCreated,
    /// `model_updated`
    ModelUpdated,
    /// `model_deleted`
    ModelDeleted,
    /// `email_sent`
    EmailSent,
    /// `update_available`
    UpdateAvailable,
    /// `export_ready`
    ExportReady,
    /// `review_initiated`
    ReviewInitiated,
    /// `review_overdue`
    ReviewOverdue,
    /// `review_attested`
    ReviewAttested,
    /// `review_completed`
    ReviewCompleted,
    /// `access_request_created`
    AccessRequestCreated,
    /// `access_request_approved`
    AccessRequestApproved,
    /// `access_request_denied`
    AccessRequestDenied,
    /// `access_request_revoked`
    AccessRequestRevoked,
    /// `custom_`
    Custom,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "events", feature = "policies"))]
super::runtime::string_enum!(
    EventActions, Unknown { Login => "login", LoginFailed => "login_failed", Logout =>
    "logout", UserWrite => "user_write", UserOffboarded => "user_offboarded",
    SuspiciousRequest => "suspicious_request", PasswordSet => "password_set", SecretView
    => "secret_view", SecretRotate => "secret_rotate", InvitationUsed =>
    "invitation_used", AuthorizeApplication => "authorize_application", SourceLinked =>
    "source_linked", ImpersonationStarted => "impersonation_started", ImpersonationEnded
    => "impersonation_ended", FlowExecution => "flow_execution", PolicyExecution =>
    "policy_execution", PolicyException => "policy_exception", PropertyMappingException
    => "property_mapping_exception", SystemTaskExecution => "system_task_execution",
    SystemTaskException => "system_task_exception", SystemException =>
    "system_exception", ConfigurationError => "configuration_error", ConfigurationWarning
    => "configuration_warning", ModelCreated => "model_created", ModelUpdated =>
    "model_updated", ModelDeleted => "model_deleted", EmailSent => "email_sent",
    UpdateAvailable => "update_available", ExportReady => "export_ready", ReviewInitiated
    => "review_initiated", ReviewOverdue => "review_overdue", ReviewAttested =>
    "review_attested", ReviewCompleted => "review_completed", AccessRequestCreated =>
    "access_request_created", AccessRequestApproved => "access_request_approved",
    AccessRequestDenied => "access_request_denied", AccessRequestRevoked =>
    "access_request_revoked", Custom => "custom_", }
);

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Event Matcher Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct EventMatcherPolicy {
        /// Match created events with this action type. When left empty, all action types will be matched.
        pub action: Option<Option<EventActions>> => 0 "action" opt_null,
        /// Match events created by selected application. When left empty, all applications are matched.
        pub app: Option<Option<AppEnum>> => 1 "app" opt_null,
        /// Return objects policy is bound to
        pub bound_to: i64 => 2 "bound_to" req,
        /// Matches Event's Client IP (strict matching, for network matching use an Expression Policy)
        pub client_ip: Option<Option<String>> => 3 "client_ip" opt_null,
        /// Get object component so that we know how to edit the object
        pub component: String => 4 "component" req,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 5 "execution_logging" opt,
        /// Return internal model name
        pub meta_model_name: String => 6 "meta_model_name" req,
        /// Match events created by selected model. When left empty, all models are matched. When an app is selected, all the application's models are matched.
        pub model: Option<Option<ModelEnum>> => 7 "model" opt_null,
        pub name: String => 8 "name" req,
        pub pk: ::uuid::Uuid => 9 "pk" req,
        /// Since 2026.11.0-rc1.
        pub query: Option<Option<String>> => 10 "query" opt_null,
        /// Return object's verbose_name
        pub verbose_name: String => 11 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 12 "verbose_name_plural" req,
    }
    required(
        2 bound_to, 4 component, 6 meta_model_name, 8 name, 9 pk, 11 verbose_name,
        12 verbose_name_plural,
    )
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Event Matcher Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct EventMatcherPolicyRequest {
        /// Match created events with this action type. When left empty, all action types will be matched.
        pub action: Option<Option<EventActions>> => 0 "action" opt_null,
        /// Match events created by selected application. When left empty, all applications are matched.
        pub app: Option<Option<AppEnum>> => 1 "app" opt_null,
        /// Matches Event's Client IP (strict matching, for network matching use an Expression Policy)
        pub client_ip: Option<Option<String>> => 2 "client_ip" opt_null,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 3 "execution_logging" opt,
        /// Match events created by selected model. When left empty, all models are matched. When an app is selected, all the application's models are matched.
        pub model: Option<Option<ModelEnum>> => 4 "model" opt_null,
        pub name: String => 5 "name" req,
        /// Since 2026.11.0-rc1.
        pub query: Option<Option<String>> => 6 "query" opt_null,
    }
    required(5 name)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Event Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct EventRequest {
        pub action: EventActions => 0 "action" req,
        pub app: String => 1 "app" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub brand: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>> => 2 "brand" opt_null,
        pub client_ip: Option<Option<String>> => 3 "client_ip" opt_null,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub context: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 4 "context" opt_null,
        pub expires: Option<super::runtime::DateTime> => 5 "expires" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub user: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>> => 6 "user" opt_null,
    }
    required(0 action, 1 app)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Count of unique users in events and aggregated counts per specified deltas
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EventStats {
        pub count_step: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "count_step" req,
        pub unique_users: i64 => 1 "unique_users" req,
    }
    required(0 count_step, 1 unique_users)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Response object of Event's top_per_user
    #[derive(Clone, Debug, PartialEq)]
    pub struct EventTopPerUser {
        pub application: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "application" req,
        pub counted_events: i64 => 1 "counted_events" req,
        pub unique_users: i64 => 2 "unique_users" req,
    }
    required(0 application, 1 counted_events, 2 unique_users)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Count of events of action created on day for a single event action
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct EventVolume {
        pub action: EventActions => 0 "action" req,
        pub count: i64 => 1 "count" req,
        /// On the wire it may also be a date-time without offset (UTC) or Unix seconds (patched by specs/quirks.yml).
        pub time: super::runtime::LenientDateTime => 2 "time" req,
    }
    required(0 action, 1 count, 2 time)
}

#[cfg(feature = "ssf")]
/// `EventsRequestedEnum`
///
/// Since 2025.6.2.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventsRequestedEnum {
    /// `https://schemas.openid.net/secevent/caep/event-type/session-revoked`
    HttpsSchemasOpenidNetSeceventCaepEventTypeSessionRevoked,
    /// `https://schemas.openid.net/secevent/caep/event-type/token-claims-change`
    HttpsSchemasOpenidNetSeceventCaepEventTypeTokenClaimsChange,
    /// `https://schemas.openid.net/secevent/caep/event-type/credential-change`
    HttpsSchemasOpenidNetSeceventCaepEventTypeCredentialChange,
    /// `https://schemas.openid.net/secevent/caep/event-type/assurance-level-change`
    HttpsSchemasOpenidNetSeceventCaepEventTypeAssuranceLevelChange,
    /// `https://schemas.openid.net/secevent/caep/event-type/device-compliance-change`
    HttpsSchemasOpenidNetSeceventCaepEventTypeDeviceComplianceChange,
    /// `https://schemas.openid.net/secevent/caep/event-type/session-established`
    HttpsSchemasOpenidNetSeceventCaepEventTypeSessionEstablished,
    /// `https://schemas.openid.net/secevent/caep/event-type/session-presented`
    HttpsSchemasOpenidNetSeceventCaepEventTypeSessionPresented,
    /// `https://schemas.openid.net/secevent/caep/event-type/risk-level-change`
    HttpsSchemasOpenidNetSeceventCaepEventTypeRiskLevelChange,
    /// `https://schemas.openid.net/secevent/ssf/event-type/verification`
    HttpsSchemasOpenidNetSeceventSsfEventTypeVerification,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "ssf")]
super::runtime::string_enum!(
    EventsRequestedEnum, Unknown {
    HttpsSchemasOpenidNetSeceventCaepEventTypeSessionRevoked =>
    "https://schemas.openid.net/secevent/caep/event-type/session-revoked",
    HttpsSchemasOpenidNetSeceventCaepEventTypeTokenClaimsChange =>
    "https://schemas.openid.net/secevent/caep/event-type/token-claims-change",
    HttpsSchemasOpenidNetSeceventCaepEventTypeCredentialChange =>
    "https://schemas.openid.net/secevent/caep/event-type/credential-change",
    HttpsSchemasOpenidNetSeceventCaepEventTypeAssuranceLevelChange =>
    "https://schemas.openid.net/secevent/caep/event-type/assurance-level-change",
    HttpsSchemasOpenidNetSeceventCaepEventTypeDeviceComplianceChange =>
    "https://schemas.openid.net/secevent/caep/event-type/device-compliance-change",
    HttpsSchemasOpenidNetSeceventCaepEventTypeSessionEstablished =>
    "https://schemas.openid.net/secevent/caep/event-type/session-established",
    HttpsSchemasOpenidNetSeceventCaepEventTypeSessionPresented =>
    "https://schemas.openid.net/secevent/caep/event-type/session-presented",
    HttpsSchemasOpenidNetSeceventCaepEventTypeRiskLevelChange =>
    "https://schemas.openid.net/secevent/caep/event-type/risk-level-change",
    HttpsSchemasOpenidNetSeceventSsfEventTypeVerification =>
    "https://schemas.openid.net/secevent/ssf/event-type/verification", }
);

#[cfg(feature = "events")]
/// `EventsSystemTasksListStatus`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventsSystemTasksListStatus {
    /// `error`
    Error,
    /// `successful`
    Successful,
    /// `unknown`
    Unknown2,
    /// `warning`
    Warning,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "events")]
super::runtime::string_enum!(
    EventsSystemTasksListStatus, Unknown { Error => "error", Successful => "successful",
    Unknown2 => "unknown", Warning => "warning", }
);

#[cfg(feature = "oauth2")]
super::runtime::object! {
    /// Serializer for BaseGrantModel and ExpiringBaseGrant
    #[derive(Clone, Debug, PartialEq)]
    pub struct ExpiringBaseGrantModel {
        pub expires: Option<Option<super::runtime::DateTime>> => 0 "expires" opt_null,
        /// Check if token is expired yet.
        pub is_expired: bool => 1 "is_expired" req,
        pub pk: i64 => 2 "pk" req,
        pub provider: Provider => 3 "provider" req,
        pub scope: Vec<String> => 4 "scope" req,
        pub user: User => 5 "user" req,
    }
    required(1 is_expired, 2 pk, 3 provider, 4 scope, 5 user)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Group Membership Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ExpressionPolicy {
        /// Return objects policy is bound to
        pub bound_to: i64 => 0 "bound_to" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 1 "component" req,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 2 "execution_logging" opt,
        pub expression: String => 3 "expression" req,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 7 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 8 "verbose_name_plural" req,
    }
    required(
        0 bound_to, 1 component, 3 expression, 4 meta_model_name, 5 name, 6 pk, 7 verbose_name,
        8 verbose_name_plural,
    )
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Group Membership Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ExpressionPolicyRequest {
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 0 "execution_logging" opt,
        pub expression: String => 1 "expression" req,
        pub name: String => 2 "name" req,
    }
    required(1 expression, 2 name)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Role permission with additional object-related data
    #[derive(Clone, Debug, PartialEq)]
    pub struct ExtraRoleObjectPermission {
        pub app_label: String => 0 "app_label" req,
        /// Get app label from permission's model
        pub app_label_verbose: String => 1 "app_label_verbose" req,
        pub codename: String => 2 "codename" req,
        pub id: i64 => 3 "id" req,
        pub model: String => 4 "model" req,
        /// Get model label from permission's model
        pub model_verbose: String => 5 "model_verbose" req,
        pub name: String => 6 "name" req,
        /// Get model description from attached model. This operation takes at least
        /// one additional query, and the description is only shown if the role has the
        /// view_ permission on the object
        pub object_description: Option<String> => 7 "object_description" nullable,
        pub object_pk: String => 8 "object_pk" req,
    }
    required(
        0 app_label, 1 app_label_verbose, 2 codename, 3 id, 4 model, 5 model_verbose, 6 name,
        8 object_pk,
    )
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// User permission with additional object-related data
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct ExtraRoleObjectPermissionRequest {
        pub object_pk: String => 0 "object_pk" req,
    }
    required(0 object_pk)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// User permission with additional object-related data
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct ExtraUserObjectPermission {
        pub app_label: String => 0 "app_label" req,
        /// Get app label from permission's model
        pub app_label_verbose: String => 1 "app_label_verbose" req,
        pub codename: String => 2 "codename" req,
        pub id: i64 => 3 "id" req,
        pub model: String => 4 "model" req,
        /// Get model label from permission's model
        pub model_verbose: String => 5 "model_verbose" req,
        pub name: String => 6 "name" req,
        /// Get model description from attached model. This operation takes at least
        /// one additional query, and the description is only shown if the user/role has the
        /// view_ permission on the object
        pub object_description: Option<String> => 7 "object_description" nullable,
        pub object_pk: String => 8 "object_pk" req,
    }
    required(
        0 app_label, 1 app_label_verbose, 2 codename, 3 id, 4 model, 5 model_verbose, 6 name,
        8 object_pk,
    )
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// User permission with additional object-related data
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct ExtraUserObjectPermissionRequest {
        pub object_pk: String => 0 "object_pk" req,
    }
    required(0 object_pk)
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct FileList {
        pub mime_type: String => 0 "mime_type" req,
        pub name: String => 1 "name" req,
        pub themed_urls: Option<Option<ThemedUrls>> => 2 "themed_urls" opt_null,
        pub url: String => 3 "url" req,
    }
    required(0 mime_type, 1 name, 3 url)
}

#[cfg(any(feature = "core", feature = "flows", feature = "sources"))]
super::runtime::object! {
    /// Serializer to upload file
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct FilePathRequest {
        pub url: String => 0 "url" req,
    }
    required(0 url)
}

#[cfg(any(feature = "admin", feature = "core", feature = "flows", feature = "sources"))]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct FileUploadRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub clear: Option<bool> => 0 "clear" opt,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub file: Option<String> => 1 "file" opt,
        /// Since 2026.11.0-rc1.
        pub name: Option<String> => 2 "name" opt,
        /// Since 2026.11.0-rc1.
        pub usage: Option<String> => 3 "usage" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// FleetConnector Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct FleetConnector {
        /// Get object component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub connector_uuid: Option<::uuid::Uuid> => 1 "connector_uuid" opt,
        pub enabled: Option<bool> => 2 "enabled" opt,
        /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
        pub headers_mapping: Option<Option<::uuid::Uuid>> => 3 "headers_mapping" opt_null,
        pub map_teams_access_group: Option<bool> => 4 "map_teams_access_group" opt,
        pub map_users: Option<bool> => 5 "map_users" opt,
        /// Return internal model name
        pub meta_model_name: String => 6 "meta_model_name" req,
        pub name: String => 7 "name" req,
        pub url: String => 8 "url" req,
        /// Return object's verbose_name
        pub verbose_name: String => 9 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 10 "verbose_name_plural" req,
    }
    required(0 component, 6 meta_model_name, 7 name, 8 url, 9 verbose_name, 10 verbose_name_plural)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// FleetConnector Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct FleetConnectorRequest {
        pub connector_uuid: Option<::uuid::Uuid> => 0 "connector_uuid" opt,
        pub enabled: Option<bool> => 1 "enabled" opt,
        /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
        pub headers_mapping: Option<Option<::uuid::Uuid>> => 2 "headers_mapping" opt_null,
        pub map_teams_access_group: Option<bool> => 3 "map_teams_access_group" opt,
        pub map_users: Option<bool> => 4 "map_users" opt,
        pub name: String => 5 "name" req,
        pub token: String => 6 "token" req,
        pub url: String => 7 "url" req,
    }
    required(5 name, 6 token, 7 url)
}

#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::object! {
    /// Flow Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Flow {
        /// Required level of authentication and authorization to access a flow.
        pub authentication: Option<AuthenticationEnum> => 0 "authentication" opt,
        /// Background shown during execution
        pub background: Option<String> => 1 "background" opt,
        /// Since 2026.11.0-rc1.
        pub background_themed_urls: Option<Option<ThemedUrls>> => 2 "background_themed_urls" opt_null,
        /// Get the URL to the background image
        ///
        /// Since 2026.11.0-rc1.
        pub background_url: Option<String> => 3 "background_url" opt,
        /// Get count of cached flows
        pub cache_count: i64 => 4 "cache_count" req,
        /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
        pub compatibility_mode: Option<bool> => 5 "compatibility_mode" opt,
        /// Configure what should happen when a flow denies access to a user.
        pub denied_action: Option<DeniedActionEnum> => 6 "denied_action" opt,
        /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
        pub designation: FlowDesignationEnum => 7 "designation" req,
        /// Get export URL for flow
        pub export_url: String => 8 "export_url" req,
        pub layout: Option<FlowLayoutEnum> => 9 "layout" opt,
        pub name: String => 10 "name" req,
        pub pk: ::uuid::Uuid => 11 "pk" req,
        pub policies: Vec<::uuid::Uuid> => 12 "policies" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 13 "policy_engine_mode" opt,
        pub policybindingmodel_ptr_id: ::uuid::Uuid => 14 "policybindingmodel_ptr_id" req,
        /// Visible in the URL.
        pub slug: String => 15 "slug" req,
        pub stages: Vec<::uuid::Uuid> => 16 "stages" req,
        /// Shown as the Title in Flow pages.
        pub title: String => 17 "title" req,
    }
    required(
        4 cache_count, 7 designation, 8 export_url, 10 name, 11 pk, 12 policies,
        14 policybindingmodel_ptr_id, 15 slug, 16 stages, 17 title,
    )
    zero(required)
}

#[cfg(feature = "flows")]
/// `FlowChallengeResponseRequest`
///
/// Selected by the `component` property.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FlowChallengeResponseRequest {
    AppleChallengeResponseRequest(AppleChallengeResponseRequest),
    AuthenticatorDuoChallengeResponseRequest(AuthenticatorDuoChallengeResponseRequest),
    AuthenticatorEmailChallengeResponseRequest(
        AuthenticatorEmailChallengeResponseRequest,
    ),
    AuthenticatorSMSChallengeResponseRequest(AuthenticatorSMSChallengeResponseRequest),
    AuthenticatorStaticChallengeResponseRequest(
        AuthenticatorStaticChallengeResponseRequest,
    ),
    AuthenticatorTOTPChallengeResponseRequest(AuthenticatorTOTPChallengeResponseRequest),
    AuthenticatorValidationChallengeResponseRequest(
        AuthenticatorValidationChallengeResponseRequest,
    ),
    AuthenticatorWebAuthnChallengeResponseRequest(
        AuthenticatorWebAuthnChallengeResponseRequest,
    ),
    AutoSubmitChallengeResponseRequest(AutoSubmitChallengeResponseRequest),
    CaptchaChallengeResponseRequest(CaptchaChallengeResponseRequest),
    ConsentChallengeResponseRequest(ConsentChallengeResponseRequest),
    DummyChallengeResponseRequest(DummyChallengeResponseRequest),
    EmailChallengeResponseRequest(EmailChallengeResponseRequest),
    EndpointAgentChallengeResponseRequest(EndpointAgentChallengeResponseRequest),
    FrameChallengeResponseRequest(FrameChallengeResponseRequest),
    IdentificationChallengeResponseRequest(IdentificationChallengeResponseRequest),
    IframeLogoutChallengeResponseRequest(IframeLogoutChallengeResponseRequest),
    NativeLogoutChallengeResponseRequest(NativeLogoutChallengeResponseRequest),
    OAuthDeviceCodeChallengeResponseRequest(OAuthDeviceCodeChallengeResponseRequest),
    OAuthDeviceCodeFinishChallengeResponseRequest(
        OAuthDeviceCodeFinishChallengeResponseRequest,
    ),
    PasswordChallengeResponseRequest(PasswordChallengeResponseRequest),
    PlexAuthenticationChallengeResponseRequest(
        PlexAuthenticationChallengeResponseRequest,
    ),
    PromptChallengeResponseRequest(PromptChallengeResponseRequest),
    RedirectChallengeResponseRequest(RedirectChallengeResponseRequest),
    TelegramChallengeResponseRequest(TelegramChallengeResponseRequest),
    UserLoginChallengeResponseRequest(UserLoginChallengeResponseRequest),
    /// A variant this version of the crate does not know, kept as raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "flows")]
impl ::serde::Serialize for FlowChallengeResponseRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::AppleChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-oauth-apple",
                    value,
                )
            }
            Self::AuthenticatorDuoChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-duo",
                    value,
                )
            }
            Self::AuthenticatorEmailChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-email",
                    value,
                )
            }
            Self::AuthenticatorSMSChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-sms",
                    value,
                )
            }
            Self::AuthenticatorStaticChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-static",
                    value,
                )
            }
            Self::AuthenticatorTOTPChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-totp",
                    value,
                )
            }
            Self::AuthenticatorValidationChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-validate",
                    value,
                )
            }
            Self::AuthenticatorWebAuthnChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-authenticator-webauthn",
                    value,
                )
            }
            Self::AutoSubmitChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-autosubmit",
                    value,
                )
            }
            Self::CaptchaChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-captcha",
                    value,
                )
            }
            Self::ConsentChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-consent",
                    value,
                )
            }
            Self::DummyChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-dummy",
                    value,
                )
            }
            Self::EmailChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-email",
                    value,
                )
            }
            Self::EndpointAgentChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-endpoint-agent",
                    value,
                )
            }
            Self::FrameChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "xak-flow-frame",
                    value,
                )
            }
            Self::IdentificationChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-identification",
                    value,
                )
            }
            Self::IframeLogoutChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-provider-iframe-logout",
                    value,
                )
            }
            Self::NativeLogoutChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-provider-saml-native-logout",
                    value,
                )
            }
            Self::OAuthDeviceCodeChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-provider-oauth2-device-code",
                    value,
                )
            }
            Self::OAuthDeviceCodeFinishChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-provider-oauth2-device-code-finish",
                    value,
                )
            }
            Self::PasswordChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-password",
                    value,
                )
            }
            Self::PlexAuthenticationChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-plex",
                    value,
                )
            }
            Self::PromptChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-prompt",
                    value,
                )
            }
            Self::RedirectChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "xak-flow-redirect",
                    value,
                )
            }
            Self::TelegramChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-telegram",
                    value,
                )
            }
            Self::UserLoginChallengeResponseRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-stage-user-login",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "flows")]
impl<'de> ::serde::Deserialize<'de> for FlowChallengeResponseRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        super::runtime::unions::deserialize(
            deserializer,
            |value| {
                match super::runtime::unions::tag_of(&value, "component") {
                    Some("ak-source-oauth-apple") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AppleChallengeResponseRequest)
                    }
                    Some("ak-stage-authenticator-duo") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorDuoChallengeResponseRequest)
                    }
                    Some("ak-stage-authenticator-email") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorEmailChallengeResponseRequest)
                    }
                    Some("ak-stage-authenticator-sms") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorSMSChallengeResponseRequest)
                    }
                    Some("ak-stage-authenticator-static") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorStaticChallengeResponseRequest)
                    }
                    Some("ak-stage-authenticator-totp") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorTOTPChallengeResponseRequest)
                    }
                    Some("ak-stage-authenticator-validate") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorValidationChallengeResponseRequest)
                    }
                    Some("ak-stage-authenticator-webauthn") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AuthenticatorWebAuthnChallengeResponseRequest)
                    }
                    Some("ak-stage-autosubmit") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AutoSubmitChallengeResponseRequest)
                    }
                    Some("ak-stage-captcha") => {
                        super::runtime::unions::variant(value)
                            .map(Self::CaptchaChallengeResponseRequest)
                    }
                    Some("ak-stage-consent") => {
                        super::runtime::unions::variant(value)
                            .map(Self::ConsentChallengeResponseRequest)
                    }
                    Some("ak-stage-dummy") => {
                        super::runtime::unions::variant(value)
                            .map(Self::DummyChallengeResponseRequest)
                    }
                    Some("ak-stage-email") => {
                        super::runtime::unions::variant(value)
                            .map(Self::EmailChallengeResponseRequest)
                    }
                    Some("ak-stage-endpoint-agent") => {
                        super::runtime::unions::variant(value)
                            .map(Self::EndpointAgentChallengeResponseRequest)
                    }
                    Some("xak-flow-frame") => {
                        super::runtime::unions::variant(value)
                            .map(Self::FrameChallengeResponseRequest)
                    }
                    Some("ak-stage-identification") => {
                        super::runtime::unions::variant(value)
                            .map(Self::IdentificationChallengeResponseRequest)
                    }
                    Some("ak-provider-iframe-logout") => {
                        super::runtime::unions::variant(value)
                            .map(Self::IframeLogoutChallengeResponseRequest)
                    }
                    Some("ak-provider-saml-native-logout") => {
                        super::runtime::unions::variant(value)
                            .map(Self::NativeLogoutChallengeResponseRequest)
                    }
                    Some("ak-provider-oauth2-device-code") => {
                        super::runtime::unions::variant(value)
                            .map(Self::OAuthDeviceCodeChallengeResponseRequest)
                    }
                    Some("ak-provider-oauth2-device-code-finish") => {
                        super::runtime::unions::variant(value)
                            .map(Self::OAuthDeviceCodeFinishChallengeResponseRequest)
                    }
                    Some("ak-stage-password") => {
                        super::runtime::unions::variant(value)
                            .map(Self::PasswordChallengeResponseRequest)
                    }
                    Some("ak-source-plex") => {
                        super::runtime::unions::variant(value)
                            .map(Self::PlexAuthenticationChallengeResponseRequest)
                    }
                    Some("ak-stage-prompt") => {
                        super::runtime::unions::variant(value)
                            .map(Self::PromptChallengeResponseRequest)
                    }
                    Some("xak-flow-redirect") => {
                        super::runtime::unions::variant(value)
                            .map(Self::RedirectChallengeResponseRequest)
                    }
                    Some("ak-source-telegram") => {
                        super::runtime::unions::variant(value)
                            .map(Self::TelegramChallengeResponseRequest)
                    }
                    Some("ak-stage-user-login") => {
                        super::runtime::unions::variant(value)
                            .map(Self::UserLoginChallengeResponseRequest)
                    }
                    _ => Ok(Self::Unknown(value)),
                }
            },
        )
    }
}
#[cfg(feature = "flows")]
impl super::runtime::correct::FieldType for FlowChallengeResponseRequest {
    const NULLABLE: bool = true;
    #[inline]
    fn zero() -> Option<Self> {
        Some(Self::Unknown(::serde_json::Value::Null))
    }
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// `FlowDesignationEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlowDesignationEnum {
    /// `authentication`
    Authentication,
    /// `authorization`
    Authorization,
    /// `invalidation`
    Invalidation,
    /// `enrollment`
    Enrollment,
    /// `unenrollment`
    Unenrollment,
    /// `recovery`
    Recovery,
    /// `stage_configuration`
    StageConfiguration,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::string_enum!(
    FlowDesignationEnum, Unknown { Authentication => "authentication", Authorization =>
    "authorization", Invalidation => "invalidation", Enrollment => "enrollment",
    Unenrollment => "unenrollment", Recovery => "recovery", StageConfiguration =>
    "stage_configuration", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// response of the flow's diagram action
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowDiagram {
        pub diagram: String => 0 "diagram" req,
    }
    required(0 diagram)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge class when an unhandled error occurs during a stage. Normal users
    /// are shown an error message, superusers are shown a full stacktrace.
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowErrorChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub error: Option<String> => 1 "error" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub request_id: String => 3 "request_id" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 4 "response_errors" opt,
        pub traceback: Option<String> => 5 "traceback" opt,
    }
    required(3 request_id)
    shapes(4 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Logs of an attempted flow import
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowImportResult {
        pub logs: Vec<LogEvent> => 0 "logs" req,
        pub success: bool => 1 "success" req,
    }
    required(0 logs, 1 success)
    shapes(0 seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Serializer for inspect endpoint
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowInspection {
        pub current_plan: Option<FlowInspectorPlan> => 0 "current_plan" opt,
        pub is_completed: bool => 1 "is_completed" req,
        pub plans: Vec<FlowInspectorPlan> => 2 "plans" req,
    }
    required(1 is_completed, 2 plans)
    shapes(2 seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Serializer for an active FlowPlan
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowInspectorPlan {
        pub current_stage: FlowStageBinding => 0 "current_stage" req,
        pub next_planned_stage: FlowStageBinding => 1 "next_planned_stage" req,
        /// Get the plan's context, sanitized
        pub plan_context: ::std::collections::BTreeMap<String, ::serde_json::Value> => 2 "plan_context" req,
        /// Get a unique session ID
        pub session_id: String => 3 "session_id" req,
    }
    required(0 current_stage, 1 next_planned_stage, 2 plan_context, 3 session_id)
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// `FlowLayoutEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlowLayoutEnum {
    /// `stacked`
    Stacked,
    /// `content_left`
    ContentLeft,
    /// `content_right`
    ContentRight,
    /// `sidebar_left`
    SidebarLeft,
    /// `sidebar_right`
    SidebarRight,
    /// `sidebar_left_frame_background`
    SidebarLeftFrameBackground,
    /// `sidebar_right_frame_background`
    SidebarRightFrameBackground,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::string_enum!(
    FlowLayoutEnum, Unknown { Stacked => "stacked", ContentLeft => "content_left",
    ContentRight => "content_right", SidebarLeft => "sidebar_left", SidebarRight =>
    "sidebar_right", SidebarLeftFrameBackground => "sidebar_left_frame_background",
    SidebarRightFrameBackground => "sidebar_right_frame_background", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Flow Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowRequest {
        /// Required level of authentication and authorization to access a flow.
        pub authentication: Option<AuthenticationEnum> => 0 "authentication" opt,
        /// Background shown during execution
        ///
        /// Since 2026.11.0-rc1.
        pub background: Option<String> => 1 "background" opt,
        /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
        pub compatibility_mode: Option<bool> => 2 "compatibility_mode" opt,
        /// Configure what should happen when a flow denies access to a user.
        pub denied_action: Option<DeniedActionEnum> => 3 "denied_action" opt,
        /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
        pub designation: FlowDesignationEnum => 4 "designation" req,
        pub layout: Option<FlowLayoutEnum> => 5 "layout" opt,
        pub name: String => 6 "name" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 7 "policy_engine_mode" opt,
        /// Visible in the URL.
        pub slug: String => 8 "slug" req,
        /// Shown as the Title in Flow pages.
        pub title: String => 9 "title" req,
    }
    required(4 designation, 6 name, 8 slug, 9 title)
}

#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::object! {
    /// Stripped down flow serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowSet {
        /// Get the URL to the background image. If the name is /static or starts with http
        /// it is returned as-is
        ///
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub background: Option<String> => 0 "background" opt,
        /// Get the URL to the background image
        ///
        /// Since 2026.11.0-rc1.
        pub background_url: Option<String> => 1 "background_url" opt,
        /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
        pub compatibility_mode: Option<bool> => 2 "compatibility_mode" opt,
        /// Configure what should happen when a flow denies access to a user.
        pub denied_action: Option<DeniedActionEnum> => 3 "denied_action" opt,
        /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
        pub designation: FlowDesignationEnum => 4 "designation" req,
        /// Get export URL for flow
        pub export_url: String => 5 "export_url" req,
        pub layout: Option<FlowLayoutEnum> => 6 "layout" opt,
        pub name: String => 7 "name" req,
        pub pk: ::uuid::Uuid => 8 "pk" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 9 "policy_engine_mode" opt,
        pub policybindingmodel_ptr_id: ::uuid::Uuid => 10 "policybindingmodel_ptr_id" req,
        /// Visible in the URL.
        pub slug: String => 11 "slug" req,
        /// Shown as the Title in Flow pages.
        pub title: String => 12 "title" req,
    }
    required(
        4 designation, 5 export_url, 7 name, 8 pk, 10 policybindingmodel_ptr_id, 11 slug, 12 title,
    )
}

super::runtime::object! {
    /// Stripped down flow serializer
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowSetRequest {
        /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
        pub compatibility_mode: Option<bool> => 0 "compatibility_mode" opt,
        /// Configure what should happen when a flow denies access to a user.
        pub denied_action: Option<DeniedActionEnum> => 1 "denied_action" opt,
        /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
        pub designation: FlowDesignationEnum => 2 "designation" req,
        pub layout: Option<FlowLayoutEnum> => 3 "layout" opt,
        pub name: String => 4 "name" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 5 "policy_engine_mode" opt,
        /// Visible in the URL.
        pub slug: String => 6 "slug" req,
        /// Shown as the Title in Flow pages.
        pub title: String => 7 "title" req,
    }
    required(2 designation, 4 name, 6 slug, 7 title)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// FlowStageBinding Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowStageBinding {
        /// Evaluate policies during the Flow planning process.
        pub evaluate_on_plan: Option<bool> => 0 "evaluate_on_plan" opt,
        /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
        pub invalid_response_action: Option<InvalidResponseActionEnum> => 1 "invalid_response_action" opt,
        pub order: i32 => 2 "order" req,
        pub pk: ::uuid::Uuid => 3 "pk" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 4 "policy_engine_mode" opt,
        pub policybindingmodel_ptr_id: ::uuid::Uuid => 5 "policybindingmodel_ptr_id" req,
        /// Evaluate policies when the Stage is presented to the user.
        pub re_evaluate_policies: Option<bool> => 6 "re_evaluate_policies" opt,
        pub stage: ::uuid::Uuid => 7 "stage" req,
        pub stage_obj: Stage => 8 "stage_obj" req,
        pub target: ::uuid::Uuid => 9 "target" req,
    }
    required(2 order, 3 pk, 5 policybindingmodel_ptr_id, 7 stage, 8 stage_obj, 9 target)
    zero(required)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// FlowStageBinding Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct FlowStageBindingRequest {
        /// Evaluate policies during the Flow planning process.
        pub evaluate_on_plan: Option<bool> => 0 "evaluate_on_plan" opt,
        /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
        pub invalid_response_action: Option<InvalidResponseActionEnum> => 1 "invalid_response_action" opt,
        pub order: i32 => 2 "order" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 3 "policy_engine_mode" opt,
        /// Evaluate policies when the Stage is presented to the user.
        pub re_evaluate_policies: Option<bool> => 4 "re_evaluate_policies" opt,
        pub stage: ::uuid::Uuid => 5 "stage" req,
        pub target: ::uuid::Uuid => 6 "target" req,
    }
    required(2 order, 5 stage, 6 target)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Links returned in Config API
    #[derive(Clone, Debug, PartialEq)]
    pub struct FooterLink {
        pub href: Option<String> => 0 "href" nullable,
        pub name: String => 1 "name" req,
    }
    required(1 name)
}

#[cfg(feature = "providers")]
/// `ForceBindingEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ForceBindingEnum {
    /// `urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST`
    UrnOasisNamesTcSaml20BindingsHttpPost,
    /// `urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect`
    UrnOasisNamesTcSaml20BindingsHttpRedirect,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "providers")]
super::runtime::string_enum!(
    ForceBindingEnum, Unknown { UrnOasisNamesTcSaml20BindingsHttpPost =>
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
    UrnOasisNamesTcSaml20BindingsHttpRedirect =>
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect", }
);

#[cfg(feature = "schema")]
/// `FormatEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FormatEnum {
    /// `json`
    Json,
    /// `yaml`
    Yaml,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "schema")]
super::runtime::string_enum!(FormatEnum, Unknown { Json => "json", Yaml => "yaml", });

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge type to render a frame
    #[derive(Clone, Debug, PartialEq)]
    pub struct FrameChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub loading_overlay: Option<bool> => 2 "loading_overlay" opt,
        pub loading_text: String => 3 "loading_text" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 4 "response_errors" opt,
        pub url: String => 5 "url" req,
    }
    required(3 loading_text, 5 url)
    shapes(4 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Base class for all challenge responses
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct FrameChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

super::runtime::object! {
    /// Generic API Error
    #[derive(Clone, Debug, PartialEq)]
    pub struct GenericError {
        pub code: Option<String> => 0 "code" opt,
        pub detail: String => 1 "detail" req,
    }
    required(1 detail)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// GeoIP Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GeoIPPolicy {
        pub asns: Option<Vec<i32>> => 0 "asns" opt,
        /// Return objects policy is bound to
        pub bound_to: i64 => 1 "bound_to" req,
        /// Since 2025.6.2.
        pub check_history_distance: Option<bool> => 2 "check_history_distance" opt,
        /// Since 2025.6.2.
        pub check_impossible_travel: Option<bool> => 3 "check_impossible_travel" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 4 "component" req,
        pub countries: Vec<CountryCodeEnum> => 5 "countries" req,
        /// Was `array<DetailedCountryField>` in 2024.8.3, 2024.12.1, 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
        pub countries_obj: super::runtime::compat::Versioned<
            Vec<GeoIPPolicyCountriesObjItem>,
        > => 6 "countries_obj" req,
        /// Since 2025.6.2.
        pub distance_tolerance_km: Option<u32> => 7 "distance_tolerance_km" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 8 "execution_logging" opt,
        /// Since 2025.6.2.
        pub history_login_count: Option<u32> => 9 "history_login_count" opt,
        /// Since 2025.6.2.
        pub history_max_distance_km: Option<i64> => 10 "history_max_distance_km" opt,
        /// Since 2025.6.2.
        pub impossible_tolerance_km: Option<u32> => 11 "impossible_tolerance_km" opt,
        /// Return internal model name
        pub meta_model_name: String => 12 "meta_model_name" req,
        pub name: String => 13 "name" req,
        pub pk: ::uuid::Uuid => 14 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 15 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 16 "verbose_name_plural" req,
    }
    required(
        1 bound_to, 4 component, 5 countries, 6 countries_obj, 12 meta_model_name, 13 name, 14 pk,
        15 verbose_name, 16 verbose_name_plural,
    )
    shapes(6 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `GeoIPPolicyCountriesObjItem`
    #[derive(Clone, Debug, PartialEq)]
    pub struct GeoIPPolicyCountriesObjItem {
        pub code: String => 0 "code" req,
        pub name: String => 1 "name" req,
    }
    required(0 code, 1 name)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// GeoIP Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GeoIPPolicyRequest {
        pub asns: Option<Vec<i32>> => 0 "asns" opt,
        /// Since 2025.6.2.
        pub check_history_distance: Option<bool> => 1 "check_history_distance" opt,
        /// Since 2025.6.2.
        pub check_impossible_travel: Option<bool> => 2 "check_impossible_travel" opt,
        pub countries: Vec<CountryCodeEnum> => 3 "countries" req,
        /// Since 2025.6.2.
        pub distance_tolerance_km: Option<u32> => 4 "distance_tolerance_km" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 5 "execution_logging" opt,
        /// Since 2025.6.2.
        pub history_login_count: Option<u32> => 6 "history_login_count" opt,
        /// Since 2025.6.2.
        pub history_max_distance_km: Option<i64> => 7 "history_max_distance_km" opt,
        /// Since 2025.6.2.
        pub impossible_tolerance_km: Option<u32> => 8 "impossible_tolerance_km" opt,
        pub name: String => 9 "name" req,
    }
    required(3 countries, 9 name)
}

#[cfg(feature = "stages")]
/// `GeoipBindingEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GeoipBindingEnum {
    /// `no_binding`
    NoBinding,
    /// `bind_continent`
    BindContinent,
    /// `bind_continent_country`
    BindContinentCountry,
    /// `bind_continent_country_city`
    BindContinentCountryCity,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    GeoipBindingEnum, Unknown { NoBinding => "no_binding", BindContinent =>
    "bind_continent", BindContinentCountry => "bind_continent_country",
    BindContinentCountryCity => "bind_continent_country_city", }
);

#[cfg(feature = "tasks")]
super::runtime::object! {
    /// `GlobalTaskStatus`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GlobalTaskStatus {
        pub consumed: i64 => 0 "consumed" req,
        pub done: i64 => 1 "done" req,
        pub error: i64 => 2 "error" req,
        pub info: i64 => 3 "info" req,
        pub postprocess: i64 => 4 "postprocess" req,
        pub preprocess: i64 => 5 "preprocess" req,
        pub queued: i64 => 6 "queued" req,
        pub rejected: i64 => 7 "rejected" req,
        pub running: i64 => 8 "running" req,
        pub warning: i64 => 9 "warning" req,
    }
    required(
        0 consumed, 1 done, 2 error, 3 info, 4 postprocess, 5 preprocess, 6 queued, 7 rejected,
        8 running, 9 warning,
    )
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// GoogleChromeConnector Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleChromeConnector {
        /// Full URL to be used in Google Workspace configuration
        pub chrome_url: Option<String> => 0 "chrome_url" nullable,
        /// Get object component so that we know how to edit the object
        pub component: String => 1 "component" req,
        pub connector_uuid: Option<::uuid::Uuid> => 2 "connector_uuid" opt,
        pub credentials: ::std::collections::BTreeMap<String, ::serde_json::Value> => 3 "credentials" req,
        pub enabled: Option<bool> => 4 "enabled" opt,
        /// Return internal model name
        pub meta_model_name: String => 5 "meta_model_name" req,
        pub name: String => 6 "name" req,
        /// Return object's verbose_name
        pub verbose_name: String => 7 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 8 "verbose_name_plural" req,
    }
    required(
        1 component, 3 credentials, 5 meta_model_name, 6 name, 7 verbose_name,
        8 verbose_name_plural,
    )
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// GoogleChromeConnector Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleChromeConnectorRequest {
        pub connector_uuid: Option<::uuid::Uuid> => 0 "connector_uuid" opt,
        pub credentials: ::std::collections::BTreeMap<String, ::serde_json::Value> => 1 "credentials" req,
        pub enabled: Option<bool> => 2 "enabled" opt,
        pub name: String => 3 "name" req,
    }
    required(1 credentials, 3 name)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for Endpoint authenticator devices
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleEndpointDevice {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
        pub pk: Option<::uuid::Uuid> => 1 "pk" opt,
    }
    required(0 name)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for Endpoint authenticator devices
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleEndpointDeviceRequest {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
        pub pk: Option<::uuid::Uuid> => 1 "pk" opt,
    }
    required(0 name)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// GoogleWorkspaceProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleWorkspaceProvider {
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 0 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 1 "assigned_backchannel_application_slug" nullable,
        /// Get object component so that we know how to edit the object
        pub component: String => 2 "component" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 3 "credentials" nullable,
        pub default_group_email_domain: String => 4 "default_group_email_domain" req,
        pub delegated_subject: String => 5 "delegated_subject" req,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 6 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 7 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 8 "exclude_users_service_account" opt,
        pub filter_group: Option<Option<::uuid::Uuid>> => 9 "filter_group" opt_null,
        pub group_delete_action: Option<OutgoingSyncDeleteAction> => 10 "group_delete_action" opt,
        /// Return internal model name
        pub meta_model_name: String => 11 "meta_model_name" req,
        pub name: String => 12 "name" req,
        pub pk: i64 => 13 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 14 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 15 "property_mappings_group" opt,
        pub scopes: Option<String> => 16 "scopes" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 17 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 18 "sync_page_timeout" opt,
        pub user_delete_action: Option<OutgoingSyncDeleteAction> => 19 "user_delete_action" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 20 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 21 "verbose_name_plural" req,
    }
    required(
        2 component, 4 default_group_email_domain, 5 delegated_subject, 11 meta_model_name,
        12 name, 13 pk, 20 verbose_name, 21 verbose_name_plural,
    )
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// GoogleWorkspaceProviderGroup Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleWorkspaceProviderGroup {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" nullable,
        pub google_id: String => 1 "google_id" req,
        pub group: ::uuid::Uuid => 2 "group" req,
        pub group_obj: PartialGroup => 3 "group_obj" req,
        pub id: ::uuid::Uuid => 4 "id" req,
        pub provider: i64 => 5 "provider" req,
    }
    required(1 google_id, 2 group, 3 group_obj, 4 id, 5 provider)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// GoogleWorkspaceProviderGroup Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleWorkspaceProviderGroupRequest {
        pub google_id: String => 0 "google_id" req,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub provider: i64 => 2 "provider" req,
    }
    required(0 google_id, 1 group, 2 provider)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// GoogleWorkspaceProviderMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleWorkspaceProviderMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// GoogleWorkspaceProviderMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleWorkspaceProviderMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// GoogleWorkspaceProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleWorkspaceProviderRequest {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "credentials" nullable,
        pub default_group_email_domain: String => 1 "default_group_email_domain" req,
        pub delegated_subject: String => 2 "delegated_subject" req,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 3 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 4 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 5 "exclude_users_service_account" opt,
        pub filter_group: Option<Option<::uuid::Uuid>> => 6 "filter_group" opt_null,
        pub group_delete_action: Option<OutgoingSyncDeleteAction> => 7 "group_delete_action" opt,
        pub name: String => 8 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 9 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 10 "property_mappings_group" opt,
        pub scopes: Option<String> => 11 "scopes" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 12 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 13 "sync_page_timeout" opt,
        pub user_delete_action: Option<OutgoingSyncDeleteAction> => 14 "user_delete_action" opt,
    }
    required(1 default_group_email_domain, 2 delegated_subject, 8 name)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// GoogleWorkspaceProviderUser Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleWorkspaceProviderUser {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" nullable,
        pub google_id: String => 1 "google_id" req,
        pub id: ::uuid::Uuid => 2 "id" req,
        pub provider: i64 => 3 "provider" req,
        pub user: i64 => 4 "user" req,
        pub user_obj: PartialUser => 5 "user_obj" req,
    }
    required(1 google_id, 2 id, 3 provider, 4 user, 5 user_obj)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// GoogleWorkspaceProviderUser Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GoogleWorkspaceProviderUserRequest {
        pub google_id: String => 0 "google_id" req,
        pub provider: i64 => 1 "provider" req,
        pub user: i64 => 2 "user" req,
    }
    required(0 google_id, 1 provider, 2 user)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GrantRequest {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub created_by: PartialUser => 1 "created_by" req,
        pub expires: Option<Option<super::runtime::DateTime>> => 2 "expires" opt_null,
        pub fulfiller_data: Option<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        > => 3 "fulfiller_data" opt,
        pub is_active: bool => 4 "is_active" req,
        pub requester_data: Option<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        > => 5 "requester_data" opt,
        pub revoked_by: PartialUser => 6 "revoked_by" req,
        pub status: RequestStatus => 7 "status" req,
        pub target_objs: Vec<RequestableTarget> => 8 "target_objs" req,
        pub targets: Vec<::uuid::Uuid> => 9 "targets" req,
        pub uuid: Option<::uuid::Uuid> => 10 "uuid" opt,
    }
    required(0 created, 1 created_by, 4 is_active, 6 revoked_by, 7 status, 8 target_objs, 9 targets)
    shapes(8 seq)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GrantRequestCreateRequest {
        /// Optional override for how long the grant should last once approved. Clamped to the granting rule binding(s)' expiry_granted_max.
        pub expiry: Option<String> => 0 "expiry" opt,
        pub pbms: Vec<::uuid::Uuid> => 1 "pbms" req,
    }
    required(1 pbms)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `GrantTypeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GrantTypeEnum {
    /// `authorization_code`
    AuthorizationCode,
    /// `implicit`
    Implicit,
    /// `hybrid`
    Hybrid,
    /// `refresh_token`
    RefreshToken,
    /// `client_credentials`
    ClientCredentials,
    /// `password`
    Password,
    /// `urn:ietf:params:oauth:grant-type:device_code`
    UrnIetfParamsOauthGrantTypeDeviceCode,
    /// `urn:ietf:params:oauth:grant-type:token-exchange`
    UrnIetfParamsOauthGrantTypeTokenExchange,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    GrantTypeEnum, Unknown { AuthorizationCode => "authorization_code", Implicit =>
    "implicit", Hybrid => "hybrid", RefreshToken => "refresh_token", ClientCredentials =>
    "client_credentials", Password => "password", UrnIetfParamsOauthGrantTypeDeviceCode
    => "urn:ietf:params:oauth:grant-type:device_code",
    UrnIetfParamsOauthGrantTypeTokenExchange =>
    "urn:ietf:params:oauth:grant-type:token-exchange", }
);

#[cfg(any(feature = "core", feature = "events"))]
super::runtime::object! {
    /// Group Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Group {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        /// Since 2026.11.0-rc1.
        pub children: Option<Vec<::uuid::Uuid>> => 1 "children" opt,
        /// Since 2026.11.0-rc1.
        pub children_obj: Option<Option<Vec<RelatedGroup>>> => 2 "children_obj" opt_null,
        /// Since 2026.11.0-rc1.
        pub inherited_roles_obj: Option<Option<Vec<Role>>> => 3 "inherited_roles_obj" opt_null,
        /// Users added to this group will be superusers.
        pub is_superuser: Option<bool> => 4 "is_superuser" opt,
        pub name: String => 5 "name" req,
        pub num_pk: i64 => 6 "num_pk" req,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub parent: Option<Option<::uuid::Uuid>> => 7 "parent" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub parent_name: Option<Option<String>> => 8 "parent_name" opt_null,
        /// Since 2026.11.0-rc1.
        pub parents: Option<Vec<::uuid::Uuid>> => 9 "parents" opt,
        /// Since 2026.11.0-rc1.
        pub parents_obj: Option<Option<Vec<RelatedGroup>>> => 10 "parents_obj" opt_null,
        pub pk: ::uuid::Uuid => 11 "pk" req,
        pub roles: Option<Vec<::uuid::Uuid>> => 12 "roles" opt,
        pub roles_obj: Vec<Role> => 13 "roles_obj" req,
        pub users: Option<Vec<i64>> => 14 "users" opt,
        pub users_obj: Option<Vec<PartialUser>> => 15 "users_obj" nullable,
    }
    required(5 name, 6 num_pk, 11 pk, 13 roles_obj)
    shapes(2 seq, 3 seq, 10 seq, 13 seq, 15 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupKerberosSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub identifier: String => 2 "identifier" req,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 3 "last_updated" opt,
        pub pk: i64 => 4 "pk" req,
        pub source: ::uuid::Uuid => 5 "source" req,
        pub source_obj: Source => 6 "source_obj" req,
    }
    required(0 created, 1 group, 2 identifier, 4 pk, 5 source, 6 source_obj)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupKerberosSourceConnectionRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: String => 1 "identifier" req,
        pub source: ::uuid::Uuid => 2 "source" req,
    }
    required(1 identifier, 2 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupLDAPSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub group: ::uuid::Uuid => 1 "group" req,
        /// Since 2026.11.0-rc1.
        pub group_obj: Option<PartialGroup> => 2 "group_obj" opt,
        pub identifier: String => 3 "identifier" req,
        pub last_updated: super::runtime::DateTime => 4 "last_updated" req,
        pub pk: i64 => 5 "pk" req,
        pub source: ::uuid::Uuid => 6 "source" req,
        pub source_obj: Source => 7 "source_obj" req,
    }
    required(0 created, 1 group, 3 identifier, 4 last_updated, 5 pk, 6 source, 7 source_obj)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupLDAPSourceConnectionRequest {
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: String => 1 "identifier" req,
        pub source: ::uuid::Uuid => 2 "source" req,
    }
    required(1 identifier, 2 source)
}

#[cfg(feature = "sources")]
/// `GroupMatchingModeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupMatchingModeEnum {
    /// `identifier`
    Identifier,
    /// `name_link`
    NameLink,
    /// `name_deny`
    NameDeny,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "sources")]
super::runtime::string_enum!(
    GroupMatchingModeEnum, Unknown { Identifier => "identifier", NameLink => "name_link",
    NameDeny => "name_deny", }
);

super::runtime::object! {
    /// Stripped down user serializer to show relevant users for groups
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupMember {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 2 "is_active" opt,
        pub last_login: Option<Option<super::runtime::DateTime>> => 3 "last_login" opt_null,
        /// User's display name.
        pub name: String => 4 "name" req,
        pub pk: i64 => 5 "pk" req,
        pub uid: String => 6 "uid" req,
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub username: String => 7 "username" req,
    }
    required(4 name, 5 pk, 6 uid, 7 username)
}

super::runtime::object! {
    /// Stripped down user serializer to show relevant users for groups
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupMemberRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 2 "is_active" opt,
        pub last_login: Option<Option<super::runtime::DateTime>> => 3 "last_login" opt_null,
        /// User's display name.
        pub name: String => 4 "name" req,
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub username: String => 5 "username" req,
    }
    required(4 name, 5 username)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupOAuthSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub identifier: String => 2 "identifier" req,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 3 "last_updated" opt,
        pub pk: i64 => 4 "pk" req,
        /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
        pub source: super::runtime::compat::Versioned<::uuid::Uuid> => 5 "source" req,
        /// Since 2024.12.1.
        pub source_obj: Option<Source> => 6 "source_obj" opt,
    }
    required(0 created, 1 group, 2 identifier, 4 pk, 5 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupOAuthSourceConnectionRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: String => 1 "identifier" req,
        pub source: ::uuid::Uuid => 2 "source" req,
    }
    required(1 identifier, 2 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupPlexSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub identifier: String => 2 "identifier" req,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 3 "last_updated" opt,
        pub pk: i64 => 4 "pk" req,
        /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
        pub source: super::runtime::compat::Versioned<::uuid::Uuid> => 5 "source" req,
        /// Since 2024.12.1.
        pub source_obj: Option<Source> => 6 "source_obj" opt,
    }
    required(0 created, 1 group, 2 identifier, 4 pk, 5 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupPlexSourceConnectionRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: String => 1 "identifier" req,
        pub source: ::uuid::Uuid => 2 "source" req,
    }
    required(1 identifier, 2 source)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Group Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        /// Users added to this group will be superusers.
        pub is_superuser: Option<bool> => 1 "is_superuser" opt,
        pub name: String => 2 "name" req,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub parent: Option<Option<::uuid::Uuid>> => 3 "parent" opt_null,
        /// Since 2026.11.0-rc1.
        pub parents: Option<Vec<::uuid::Uuid>> => 4 "parents" opt,
        pub roles: Option<Vec<::uuid::Uuid>> => 5 "roles" opt,
        pub users: Option<Vec<i64>> => 6 "users" opt,
    }
    required(2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupSAMLSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub identifier: String => 2 "identifier" req,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 3 "last_updated" opt,
        pub pk: i64 => 4 "pk" req,
        /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
        pub source: super::runtime::compat::Versioned<::uuid::Uuid> => 5 "source" req,
        /// Since 2024.12.1.
        pub source_obj: Option<Source> => 6 "source_obj" opt,
    }
    required(0 created, 1 group, 2 identifier, 4 pk, 5 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupSAMLSourceConnectionRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: String => 1 "identifier" req,
        pub source: ::uuid::Uuid => 2 "source" req,
    }
    required(1 identifier, 2 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub identifier: String => 2 "identifier" req,
        pub last_updated: super::runtime::DateTime => 3 "last_updated" req,
        pub pk: i64 => 4 "pk" req,
        pub source: ::uuid::Uuid => 5 "source" req,
        pub source_obj: Source => 6 "source_obj" req,
    }
    required(0 created, 1 group, 2 identifier, 3 last_updated, 4 pk, 5 source, 6 source_obj)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupSourceConnectionRequest {
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: String => 1 "identifier" req,
        pub source: ::uuid::Uuid => 2 "source" req,
    }
    required(1 identifier, 2 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupTelegramSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub identifier: String => 2 "identifier" req,
        pub last_updated: super::runtime::DateTime => 3 "last_updated" req,
        pub pk: i64 => 4 "pk" req,
        pub source: ::uuid::Uuid => 5 "source" req,
        pub source_obj: Source => 6 "source_obj" req,
    }
    required(0 created, 1 group, 2 identifier, 3 last_updated, 4 pk, 5 source, 6 source_obj)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GroupTelegramSourceConnectionRequest {
        pub identifier: String => 0 "identifier" req,
        pub source: ::uuid::Uuid => 1 "source" req,
    }
    required(0 identifier, 1 source)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `Hardware`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Hardware {
        pub cpu_count: Option<i64> => 0 "cpu_count" opt,
        pub cpu_name: Option<String> => 1 "cpu_name" opt,
        pub manufacturer: Option<String> => 2 "manufacturer" opt,
        pub memory_bytes: Option<i64> => 3 "memory_bytes" opt,
        pub model: Option<String> => 4 "model" opt,
        pub serial: String => 5 "serial" req,
    }
    required(5 serial)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `HardwareRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct HardwareRequest {
        pub cpu_count: Option<i64> => 0 "cpu_count" opt,
        pub cpu_name: Option<String> => 1 "cpu_name" opt,
        pub manufacturer: Option<String> => 2 "manufacturer" opt,
        pub memory_bytes: Option<i64> => 3 "memory_bytes" opt,
        pub model: Option<String> => 4 "model" opt,
        pub serial: String => 5 "serial" req,
    }
    required(5 serial)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Identification challenges with all UI elements
    #[derive(Clone, Debug, PartialEq)]
    pub struct IdentificationChallenge {
        pub allow_show_password: Option<bool> => 0 "allow_show_password" opt,
        pub application_pre: Option<String> => 1 "application_pre" opt,
        /// Since 2026.11.0-rc1.
        pub application_pre_launch: Option<String> => 2 "application_pre_launch" opt,
        /// Since 2024.12.1.
        pub captcha_stage: Option<Option<CaptchaChallenge>> => 3 "captcha_stage" opt_null,
        pub component: Option<String> => 4 "component" opt,
        /// Since 2025.6.2.
        pub enable_remember_me: Option<bool> => 5 "enable_remember_me" opt,
        pub enroll_url: Option<String> => 6 "enroll_url" opt,
        pub flow_designation: FlowDesignationEnum => 7 "flow_designation" req,
        pub flow_info: Option<ContextualFlowInfo> => 8 "flow_info" opt,
        /// Since 2026.11.0-rc1.
        pub passkey_challenge: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 9 "passkey_challenge" opt_null,
        pub password_fields: bool => 10 "password_fields" req,
        pub passwordless_url: Option<String> => 11 "passwordless_url" opt,
        /// Since 2026.11.0-rc1.
        pub pending_user_identifier: Option<Option<String>> => 12 "pending_user_identifier" opt_null,
        pub primary_action: String => 13 "primary_action" req,
        pub recovery_url: Option<String> => 14 "recovery_url" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 15 "response_errors" opt,
        pub show_source_labels: bool => 16 "show_source_labels" req,
        pub sources: Option<Vec<LoginSource>> => 17 "sources" opt,
        pub user_fields: Option<Vec<String>> => 18 "user_fields" nullable,
    }
    required(7 flow_designation, 10 password_fields, 13 primary_action, 16 show_source_labels)
    shapes(15 map_seq, 17 seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Identification challenge
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct IdentificationChallengeResponseRequest {
        /// Since 2024.12.1.
        pub captcha_token: Option<Option<String>> => 0 "captcha_token" opt_null,
        pub component: Option<String> => 1 "component" opt,
        /// Since 2026.11.0-rc1.
        pub passkey: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 2 "passkey" opt_null,
        pub password: Option<Option<String>> => 3 "password" opt_null,
        pub uid_field: Option<Option<String>> => 4 "uid_field" opt_null,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// IdentificationStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct IdentificationStage {
        /// When set, adds functionality exactly like a Captcha stage, but baked into the Identification stage.
        ///
        /// Since 2024.12.1.
        pub captcha_stage: Option<Option<::uuid::Uuid>> => 0 "captcha_stage" opt_null,
        /// When enabled, user fields are matched regardless of their casing.
        pub case_insensitive_matching: Option<bool> => 1 "case_insensitive_matching" opt,
        /// Get object type so that we know how to edit the object
        pub component: String => 2 "component" req,
        /// Show the user the 'Remember me on this device' toggle, allowing repeat users to skip straight to entering their password.
        ///
        /// Since 2025.6.2.
        pub enable_remember_me: Option<bool> => 3 "enable_remember_me" opt,
        /// Optional enrollment flow, which is linked at the bottom of the page.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 4 "enrollment_flow" opt_null,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 5 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 6 "meta_model_name" req,
        pub name: String => 7 "name" req,
        /// When set, shows a password field, instead of showing the password field as separate step.
        pub password_stage: Option<Option<::uuid::Uuid>> => 8 "password_stage" opt_null,
        /// Optional passwordless flow, which is linked at the bottom of the page.
        pub passwordless_flow: Option<Option<::uuid::Uuid>> => 9 "passwordless_flow" opt_null,
        pub pk: ::uuid::Uuid => 10 "pk" req,
        /// When enabled, the stage will succeed and continue even when incorrect user info is entered.
        pub pretend_user_exists: Option<bool> => 11 "pretend_user_exists" opt,
        /// Optional recovery flow, which is linked at the bottom of the page.
        pub recovery_flow: Option<Option<::uuid::Uuid>> => 12 "recovery_flow" opt_null,
        /// When a valid username/email has been entered, and this option is enabled, the user's username and avatar will be shown. Otherwise, the text that the user entered will be shown
        pub show_matched_user: Option<bool> => 13 "show_matched_user" opt,
        pub show_source_labels: Option<bool> => 14 "show_source_labels" opt,
        /// Specify which sources should be shown.
        pub sources: Option<Vec<::uuid::Uuid>> => 15 "sources" opt,
        /// Fields of the user object to match against. (Hold shift to select multiple options)
        pub user_fields: Option<Vec<UserFieldsEnum>> => 16 "user_fields" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 17 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 18 "verbose_name_plural" req,
        /// When set, and conditional WebAuthn is available, allow the user to use their passkey as a first factor.
        ///
        /// Since 2026.11.0-rc1.
        pub webauthn_stage: Option<Option<::uuid::Uuid>> => 19 "webauthn_stage" opt_null,
    }
    required(2 component, 6 meta_model_name, 7 name, 10 pk, 17 verbose_name, 18 verbose_name_plural)
    shapes(5 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// IdentificationStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct IdentificationStageRequest {
        /// When set, adds functionality exactly like a Captcha stage, but baked into the Identification stage.
        ///
        /// Since 2024.12.1.
        pub captcha_stage: Option<Option<::uuid::Uuid>> => 0 "captcha_stage" opt_null,
        /// When enabled, user fields are matched regardless of their casing.
        pub case_insensitive_matching: Option<bool> => 1 "case_insensitive_matching" opt,
        /// Show the user the 'Remember me on this device' toggle, allowing repeat users to skip straight to entering their password.
        ///
        /// Since 2025.6.2.
        pub enable_remember_me: Option<bool> => 2 "enable_remember_me" opt,
        /// Optional enrollment flow, which is linked at the bottom of the page.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 3 "enrollment_flow" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 4 "flow_set" opt,
        pub name: String => 5 "name" req,
        /// When set, shows a password field, instead of showing the password field as separate step.
        pub password_stage: Option<Option<::uuid::Uuid>> => 6 "password_stage" opt_null,
        /// Optional passwordless flow, which is linked at the bottom of the page.
        pub passwordless_flow: Option<Option<::uuid::Uuid>> => 7 "passwordless_flow" opt_null,
        /// When enabled, the stage will succeed and continue even when incorrect user info is entered.
        pub pretend_user_exists: Option<bool> => 8 "pretend_user_exists" opt,
        /// Optional recovery flow, which is linked at the bottom of the page.
        pub recovery_flow: Option<Option<::uuid::Uuid>> => 9 "recovery_flow" opt_null,
        /// When a valid username/email has been entered, and this option is enabled, the user's username and avatar will be shown. Otherwise, the text that the user entered will be shown
        pub show_matched_user: Option<bool> => 10 "show_matched_user" opt,
        pub show_source_labels: Option<bool> => 11 "show_source_labels" opt,
        /// Specify which sources should be shown.
        pub sources: Option<Vec<::uuid::Uuid>> => 12 "sources" opt,
        /// Fields of the user object to match against. (Hold shift to select multiple options)
        pub user_fields: Option<Vec<UserFieldsEnum>> => 13 "user_fields" opt,
        /// When set, and conditional WebAuthn is available, allow the user to use their passkey as a first factor.
        ///
        /// Since 2026.11.0-rc1.
        pub webauthn_stage: Option<Option<::uuid::Uuid>> => 14 "webauthn_stage" opt_null,
    }
    required(5 name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge for iframe logout
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct IframeLogoutChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub logout_urls: Option<Vec<LogoutURL>> => 2 "logout_urls" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 3 "response_errors" opt,
    }
    required()
    shapes(2 seq, 3 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Response for iframe logout
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct IframeLogoutChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `ImpersonationRequest`
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ImpersonationRequest {
        pub reason: String => 0 "reason" req,
    }
    required(0 reason)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// InitialPermissions serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct InitialPermissions {
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub mode: Option<::serde_json::Value> => 0 "mode" opt_null,
        pub name: String => 1 "name" req,
        pub permissions: Option<Vec<i64>> => 2 "permissions" opt,
        pub permissions_obj: Vec<Permission> => 3 "permissions_obj" req,
        pub pk: i64 => 4 "pk" req,
        pub role: ::uuid::Uuid => 5 "role" req,
    }
    required(1 name, 3 permissions_obj, 4 pk, 5 role)
    shapes(3 seq)
}

/// `InitialPermissionsModeEnum`
///
/// In 2025.6.2 only (removed in 2026.11.0-rc1).
#[deprecated(note = "In 2025.6.2 only (removed in 2026.11.0-rc1).")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InitialPermissionsModeEnum {
    /// `user`
    User,
    /// `role`
    Role,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
super::runtime::string_enum!(
    InitialPermissionsModeEnum, Unknown { User => "user", Role => "role", }
);

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// InitialPermissions serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct InitialPermissionsRequest {
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub mode: Option<::serde_json::Value> => 0 "mode" opt_null,
        pub name: String => 1 "name" req,
        pub permissions: Option<Vec<i64>> => 2 "permissions" opt,
        pub role: ::uuid::Uuid => 3 "role" req,
    }
    required(1 name, 3 role)
}

#[cfg(feature = "enterprise")]
super::runtime::object! {
    /// `InstallID`
    #[derive(Clone, Debug, PartialEq)]
    pub struct InstallID {
        pub install_id: String => 0 "install_id" req,
    }
    required(0 install_id)
}

#[cfg(
    any(feature = "core", feature = "providers", feature = "sources", feature = "ssf")
)]
/// `IntentEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntentEnum {
    /// `verification`
    Verification,
    /// `api`
    Api,
    /// `recovery`
    Recovery,
    /// `app_password`
    AppPassword,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(
    any(feature = "core", feature = "providers", feature = "sources", feature = "ssf")
)]
super::runtime::string_enum!(
    IntentEnum, Unknown { Verification => "verification", Api => "api", Recovery =>
    "recovery", AppPassword => "app_password", }
);

#[cfg(feature = "flows")]
/// `InvalidResponseActionEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvalidResponseActionEnum {
    /// `retry`
    Retry,
    /// `restart`
    Restart,
    /// `restart_with_context`
    RestartWithContext,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "flows")]
super::runtime::string_enum!(
    InvalidResponseActionEnum, Unknown { Retry => "retry", Restart => "restart",
    RestartWithContext => "restart_with_context", }
);

#[cfg(feature = "stages")]
super::runtime::object! {
    /// Invitation Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Invitation {
        pub created_by: PartialUser => 0 "created_by" req,
        pub expires: Option<Option<super::runtime::DateTime>> => 1 "expires" opt_null,
        pub fixed_data: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 2 "fixed_data" opt,
        /// When set, only the configured flow can use this invitation.
        pub flow: Option<Option<::uuid::Uuid>> => 3 "flow" opt_null,
        pub flow_obj: Flow => 4 "flow_obj" req,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// When enabled, the invitation will be deleted after usage.
        pub single_use: Option<bool> => 7 "single_use" opt,
    }
    required(0 created_by, 4 flow_obj, 5 name, 6 pk)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// Invitation Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct InvitationRequest {
        pub expires: Option<Option<super::runtime::DateTime>> => 0 "expires" opt_null,
        pub fixed_data: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 1 "fixed_data" opt,
        /// When set, only the configured flow can use this invitation.
        pub flow: Option<Option<::uuid::Uuid>> => 2 "flow" opt_null,
        pub name: String => 3 "name" req,
        /// When enabled, the invitation will be deleted after usage.
        pub single_use: Option<bool> => 4 "single_use" opt,
    }
    required(3 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// Serializer for sending invitation emails
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct InvitationSendEmailRequest {
        pub bcc_addresses: Option<Vec<::serde_json::Value>> => 0 "bcc_addresses" opt,
        pub cc_addresses: Option<Vec<::serde_json::Value>> => 1 "cc_addresses" opt,
        pub email_addresses: Vec<::serde_json::Value> => 2 "email_addresses" req,
        pub template: Option<String> => 3 "template" opt,
    }
    required(2 email_addresses)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// InvitationStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct InvitationStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// If this flag is set, this Stage will jump to the next Stage when no Invitation is given. By default this Stage will cancel the Flow when no invitation is given.
        pub continue_flow_without_invitation: Option<bool> => 1 "continue_flow_without_invitation" opt,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 2 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(0 component, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name, 7 verbose_name_plural)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// InvitationStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct InvitationStageRequest {
        /// If this flag is set, this Stage will jump to the next Stage when no Invitation is given. By default this Stage will cancel the Flow when no invitation is given.
        pub continue_flow_without_invitation: Option<bool> => 0 "continue_flow_without_invitation" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub name: String => 2 "name" req,
    }
    required(2 name)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `IssuerModeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssuerModeEnum {
    /// `global`
    Global,
    /// `per_provider`
    PerProvider,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    IssuerModeEnum, Unknown { Global => "global", PerProvider => "per_provider", }
);

#[cfg(feature = "sources")]
/// `KadminTypeEnum`
///
/// Since 2024.12.1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KadminTypeEnum {
    /// `MIT`
    Mit,
    /// `Heimdal`
    Heimdal,
    /// `other`
    Other,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "sources")]
super::runtime::string_enum!(
    KadminTypeEnum, Unknown { Mit => "MIT", Heimdal => "Heimdal", Other => "other", }
);

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Kerberos Source Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct KerberosSource {
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Get object component so that we know how to edit the object
        pub component: String => 1 "component" req,
        /// Get cached source connectivity
        pub connectivity: Option<::std::collections::BTreeMap<String, String>> => 2 "connectivity" nullable,
        pub enabled: Option<bool> => 3 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 4 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 5 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 6 "group_property_mappings" opt,
        pub icon: Option<String> => 7 "icon" opt,
        /// Since 2026.11.0-rc1.
        pub icon_themed_urls: Option<Option<ThemedUrls>> => 8 "icon_themed_urls" opt_null,
        /// Since 2026.11.0-rc1.
        pub icon_url: Option<String> => 9 "icon_url" opt,
        /// KAdmin server type
        pub kadmin_type: Option<KadminTypeEnum> => 10 "kadmin_type" opt,
        /// Custom krb5.conf to use. Uses the system one by default
        pub krb5_conf: Option<String> => 11 "krb5_conf" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 12 "managed" nullable,
        /// Return internal model name
        pub meta_model_name: String => 13 "meta_model_name" req,
        /// Source's display Name.
        pub name: String => 14 "name" req,
        /// If enabled, the authentik-stored password will be updated upon login with the Kerberos password backend
        pub password_login_update_internal_password: Option<bool> => 15 "password_login_update_internal_password" opt,
        pub pk: ::uuid::Uuid => 16 "pk" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 17 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 18 "promoted" opt,
        /// Kerberos realm
        pub realm: String => 19 "realm" req,
        /// Internal source name, used in URLs.
        pub slug: String => 20 "slug" req,
        /// Credential cache to use for SPNEGO in form type:residual
        pub spnego_ccache: Option<String> => 21 "spnego_ccache" opt,
        /// Force the use of a specific server name for SPNEGO. Must be in the form HTTP@hostname
        pub spnego_server_name: Option<String> => 22 "spnego_server_name" opt,
        /// Credentials cache to authenticate to kadmin for sync. Must be in the form TYPE:residual
        pub sync_ccache: Option<String> => 23 "sync_ccache" opt,
        /// When to trigger sync for outgoing providers
        ///
        /// Since 2026.11.0-rc1.
        pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum> => 24 "sync_outgoing_trigger_mode" opt,
        /// Principal to authenticate to kadmin for sync.
        pub sync_principal: Option<String> => 25 "sync_principal" opt,
        /// Sync users from Kerberos into authentik
        pub sync_users: Option<bool> => 26 "sync_users" opt,
        /// When a user changes their password, sync it back to Kerberos
        pub sync_users_password: Option<bool> => 27 "sync_users_password" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 28 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 29 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 30 "user_property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 31 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 32 "verbose_name_plural" req,
    }
    required(
        1 component, 13 meta_model_name, 14 name, 16 pk, 19 realm, 20 slug, 31 verbose_name,
        32 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// Kerberos PropertyMapping Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct KerberosSourcePropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// Kerberos PropertyMapping Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct KerberosSourcePropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Kerberos Source Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct KerberosSourceRequest {
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        pub enabled: Option<bool> => 1 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 2 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 3 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 4 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 5 "icon" opt,
        /// KAdmin server type
        pub kadmin_type: Option<KadminTypeEnum> => 6 "kadmin_type" opt,
        /// Custom krb5.conf to use. Uses the system one by default
        pub krb5_conf: Option<String> => 7 "krb5_conf" opt,
        /// Source's display Name.
        pub name: String => 8 "name" req,
        /// If enabled, the authentik-stored password will be updated upon login with the Kerberos password backend
        pub password_login_update_internal_password: Option<bool> => 9 "password_login_update_internal_password" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 10 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 11 "promoted" opt,
        /// Kerberos realm
        pub realm: String => 12 "realm" req,
        /// Internal source name, used in URLs.
        pub slug: String => 13 "slug" req,
        /// Credential cache to use for SPNEGO in form type:residual
        pub spnego_ccache: Option<String> => 14 "spnego_ccache" opt,
        /// SPNEGO keytab base64-encoded or path to keytab in the form FILE:path
        pub spnego_keytab: Option<String> => 15 "spnego_keytab" opt,
        /// Force the use of a specific server name for SPNEGO. Must be in the form HTTP@hostname
        pub spnego_server_name: Option<String> => 16 "spnego_server_name" opt,
        /// Credentials cache to authenticate to kadmin for sync. Must be in the form TYPE:residual
        pub sync_ccache: Option<String> => 17 "sync_ccache" opt,
        /// Keytab to authenticate to kadmin for sync. Must be base64-encoded or in the form TYPE:residual
        pub sync_keytab: Option<String> => 18 "sync_keytab" opt,
        /// When to trigger sync for outgoing providers
        ///
        /// Since 2026.11.0-rc1.
        pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum> => 19 "sync_outgoing_trigger_mode" opt,
        /// Password to authenticate to kadmin for sync
        pub sync_password: Option<String> => 20 "sync_password" opt,
        /// Principal to authenticate to kadmin for sync.
        pub sync_principal: Option<String> => 21 "sync_principal" opt,
        /// Sync users from Kerberos into authentik
        pub sync_users: Option<bool> => 22 "sync_users" opt,
        /// When a user changes their password, sync it back to Kerberos
        pub sync_users_password: Option<bool> => 23 "sync_users_password" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 24 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 25 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 26 "user_property_mappings" opt,
    }
    required(8 name, 12 realm, 13 slug)
}

super::runtime::object! {
    /// Kerberos Source sync status
    ///
    /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
    #[deprecated(note = "In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct KerberosSyncStatus {
        pub is_running: bool => 0 "is_running" req,
        pub tasks: Vec<SystemTask> => 1 "tasks" req,
    }
    required(0 is_running, 1 tasks)
    shapes(1 seq)
}

#[cfg(feature = "crypto")]
/// `KeyTypeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyTypeEnum {
    /// `dsa`
    Dsa,
    /// `ec`
    Ec,
    /// `ed25519`
    Ed25519,
    /// `ed448`
    Ed448,
    /// `rsa`
    Rsa,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "crypto")]
super::runtime::string_enum!(
    KeyTypeEnum, Unknown { Dsa => "dsa", Ec => "ec", Ed25519 => "ed25519", Ed448 =>
    "ed448", Rsa => "rsa", }
);

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// KubernetesServiceConnection Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct KubernetesServiceConnection {
        pub component: String => 0 "component" req,
        /// Paste your kubeconfig here. authentik will automatically use the currently selected context.
        ///
        /// Nullable in 2024.8.3, 2024.12.1.
        pub kubeconfig: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 1 "kubeconfig" opt_null,
        /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
        pub local: Option<bool> => 2 "local" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
        /// Verify SSL Certificates of the Kubernetes API endpoint
        pub verify_ssl: Option<bool> => 8 "verify_ssl" opt,
    }
    required(0 component, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name, 7 verbose_name_plural)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// KubernetesServiceConnection Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct KubernetesServiceConnectionRequest {
        /// Paste your kubeconfig here. authentik will automatically use the currently selected context.
        ///
        /// Nullable in 2024.8.3, 2024.12.1.
        pub kubeconfig: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "kubeconfig" opt_null,
        /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
        pub local: Option<bool> => 1 "local" opt,
        pub name: String => 2 "name" req,
        /// Verify SSL Certificates of the Kubernetes API endpoint
        pub verify_ssl: Option<bool> => 3 "verify_ssl" opt,
    }
    required(2 name)
}

#[cfg(any(feature = "core", feature = "outposts", feature = "providers"))]
/// `LDAPAPIAccessMode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LDAPAPIAccessMode {
    /// `direct`
    Direct,
    /// `cached`
    Cached,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "outposts", feature = "providers"))]
super::runtime::string_enum!(
    LDAPAPIAccessMode, Unknown { Direct => "direct", Cached => "cached", }
);

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPCheckAccess {
        pub access: PolicyTestResult => 0 "access" req,
        pub has_search_permission: Option<bool> => 1 "has_search_permission" opt,
    }
    required(0 access)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `LDAPDebug`
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPDebug {
        pub group: Vec<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "group" req,
        pub membership: Vec<::std::collections::BTreeMap<String, ::serde_json::Value>> => 1 "membership" req,
        pub user: Vec<::std::collections::BTreeMap<String, ::serde_json::Value>> => 2 "user" req,
    }
    required(0 group, 1 membership, 2 user)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// LDAPProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPOutpostConfig {
        /// Prioritize backchannel slug over direct application slug
        pub application_slug: String => 0 "application_slug" req,
        /// DN under which objects are accessible.
        pub base_dn: Option<String> => 1 "base_dn" opt,
        pub bind_flow_slug: String => 2 "bind_flow_slug" req,
        pub bind_mode: Option<LDAPAPIAccessMode> => 3 "bind_mode" opt,
        pub certificate: Option<Option<::uuid::Uuid>> => 4 "certificate" opt_null,
        /// The start for gidNumbers, this number is added to a number generated from the group.pk to make sure that the numbers aren't too low for POSIX groups. Default is 4000 to ensure that we don't collide with local groups or users primary groups gidNumber
        pub gid_start_number: Option<i32> => 5 "gid_start_number" opt,
        /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
        pub mfa_support: Option<bool> => 6 "mfa_support" opt,
        pub name: String => 7 "name" req,
        pub pk: i64 => 8 "pk" req,
        pub search_mode: Option<LDAPAPIAccessMode> => 9 "search_mode" opt,
        pub tls_server_name: Option<String> => 10 "tls_server_name" opt,
        /// The start for uidNumbers, this number is added to the user.pk to make sure that the numbers aren't too low for POSIX users. Default is 2000 to ensure that we don't collide with local users uidNumber
        pub uid_start_number: Option<i32> => 11 "uid_start_number" opt,
        /// Get slug for unbind flow, defaulting to brand's default flow.
        pub unbind_flow_slug: Option<String> => 12 "unbind_flow_slug" nullable,
    }
    required(0 application_slug, 2 bind_flow_slug, 7 name, 8 pk)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// LDAPProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPProvider {
        /// Application's display Name.
        pub assigned_application_name: Option<String> => 0 "assigned_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: Option<String> => 1 "assigned_application_slug" nullable,
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 2 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 3 "assigned_backchannel_application_slug" nullable,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 4 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 5 "authorization_flow" req,
        /// DN under which objects are accessible.
        pub base_dn: Option<String> => 6 "base_dn" opt,
        pub bind_mode: Option<LDAPAPIAccessMode> => 7 "bind_mode" opt,
        pub certificate: Option<Option<::uuid::Uuid>> => 8 "certificate" opt_null,
        /// Get object component so that we know how to edit the object
        pub component: String => 9 "component" req,
        /// The start for gidNumbers, this number is added to a number generated from the group.pk to make sure that the numbers aren't too low for POSIX groups. Default is 4000 to ensure that we don't collide with local groups or users primary groups gidNumber
        pub gid_start_number: Option<i32> => 10 "gid_start_number" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 11 "invalidation_flow" req,
        /// Return internal model name
        pub meta_model_name: String => 12 "meta_model_name" req,
        /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
        pub mfa_support: Option<bool> => 13 "mfa_support" opt,
        pub name: String => 14 "name" req,
        pub outpost_set: Vec<String> => 15 "outpost_set" req,
        pub pk: i64 => 16 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 17 "property_mappings" opt,
        pub search_mode: Option<LDAPAPIAccessMode> => 18 "search_mode" opt,
        pub tls_server_name: Option<String> => 19 "tls_server_name" opt,
        /// The start for uidNumbers, this number is added to the user.pk to make sure that the numbers aren't too low for POSIX users. Default is 2000 to ensure that we don't collide with local users uidNumber
        pub uid_start_number: Option<i32> => 20 "uid_start_number" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 21 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 22 "verbose_name_plural" req,
    }
    required(
        5 authorization_flow, 9 component, 11 invalidation_flow, 12 meta_model_name, 14 name,
        15 outpost_set, 16 pk, 21 verbose_name, 22 verbose_name_plural,
    )
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// LDAPProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPProviderRequest {
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 1 "authorization_flow" req,
        /// DN under which objects are accessible.
        pub base_dn: Option<String> => 2 "base_dn" opt,
        pub bind_mode: Option<LDAPAPIAccessMode> => 3 "bind_mode" opt,
        pub certificate: Option<Option<::uuid::Uuid>> => 4 "certificate" opt_null,
        /// The start for gidNumbers, this number is added to a number generated from the group.pk to make sure that the numbers aren't too low for POSIX groups. Default is 4000 to ensure that we don't collide with local groups or users primary groups gidNumber
        pub gid_start_number: Option<i32> => 5 "gid_start_number" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 6 "invalidation_flow" req,
        /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
        pub mfa_support: Option<bool> => 7 "mfa_support" opt,
        pub name: String => 8 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 9 "property_mappings" opt,
        pub search_mode: Option<LDAPAPIAccessMode> => 10 "search_mode" opt,
        pub tls_server_name: Option<String> => 11 "tls_server_name" opt,
        /// The start for uidNumbers, this number is added to the user.pk to make sure that the numbers aren't too low for POSIX users. Default is 2000 to ensure that we don't collide with local users uidNumber
        pub uid_start_number: Option<i32> => 12 "uid_start_number" opt,
    }
    required(1 authorization_flow, 6 invalidation_flow, 8 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// LDAP Source Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPSource {
        /// Prepended to Base DN for Group-queries.
        pub additional_group_dn: Option<String> => 0 "additional_group_dn" opt,
        /// Prepended to Base DN for User-queries.
        pub additional_user_dn: Option<String> => 1 "additional_user_dn" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        pub base_dn: String => 3 "base_dn" req,
        pub bind_cn: Option<String> => 4 "bind_cn" opt,
        /// Client certificate to authenticate against the LDAP Server's Certificate.
        pub client_certificate: Option<Option<::uuid::Uuid>> => 5 "client_certificate" opt_null,
        /// Get object component so that we know how to edit the object
        pub component: String => 6 "component" req,
        /// Get cached source connectivity
        pub connectivity: Option<
            ::std::collections::BTreeMap<
                String,
                ::std::collections::BTreeMap<String, String>,
            >,
        > => 7 "connectivity" nullable,
        /// Delete authentik users and groups which were previously supplied by this source, but are now missing from it.
        ///
        /// Since 2025.6.2.
        pub delete_not_found_objects: Option<bool> => 8 "delete_not_found_objects" opt,
        pub enabled: Option<bool> => 9 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 10 "enrollment_flow" opt_null,
        /// Field which contains members of a group.
        pub group_membership_field: Option<String> => 11 "group_membership_field" opt,
        /// Consider Objects matching this filter to be Groups.
        pub group_object_filter: Option<String> => 12 "group_object_filter" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 13 "group_property_mappings" opt,
        pub icon: Option<String> => 14 "icon" opt,
        /// Since 2026.11.0-rc1.
        pub icon_themed_urls: Option<Option<ThemedUrls>> => 15 "icon_themed_urls" opt_null,
        /// Since 2026.11.0-rc1.
        pub icon_url: Option<String> => 16 "icon_url" opt,
        /// Lookup group membership based on a user attribute instead of a group attribute. This allows nested group resolution on systems like FreeIPA and Active Directory
        ///
        /// Since 2025.6.2.
        pub lookup_groups_from_user: Option<bool> => 17 "lookup_groups_from_user" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 18 "managed" nullable,
        /// Return internal model name
        pub meta_model_name: String => 19 "meta_model_name" req,
        /// Source's display Name.
        pub name: String => 20 "name" req,
        /// Field which contains a unique Identifier.
        pub object_uniqueness_field: Option<String> => 21 "object_uniqueness_field" opt,
        /// Update internal authentik password when login succeeds with LDAP
        pub password_login_update_internal_password: Option<bool> => 22 "password_login_update_internal_password" opt,
        /// Optionally verify the LDAP Server's Certificate against the CA Chain in this keypair.
        pub peer_certificate: Option<Option<::uuid::Uuid>> => 23 "peer_certificate" opt_null,
        pub pk: ::uuid::Uuid => 24 "pk" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 25 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 26 "promoted" opt,
        pub server_uri: String => 27 "server_uri" req,
        /// Internal source name, used in URLs.
        pub slug: String => 28 "slug" req,
        pub sni: Option<bool> => 29 "sni" opt,
        pub start_tls: Option<bool> => 30 "start_tls" opt,
        /// Sync group parentage/hierarchy from LDAP directories.
        ///
        /// Since 2026.11.0-rc1.
        pub sync_group_hierarchy: Option<bool> => 31 "sync_group_hierarchy" opt,
        pub sync_groups: Option<bool> => 32 "sync_groups" opt,
        /// When to trigger sync for outgoing providers
        ///
        /// Since 2026.11.0-rc1.
        pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum> => 33 "sync_outgoing_trigger_mode" opt,
        pub sync_parent_group: Option<Option<::uuid::Uuid>> => 34 "sync_parent_group" opt_null,
        pub sync_users: Option<bool> => 35 "sync_users" opt,
        /// When a user changes their password, sync it back to LDAP. This can only be enabled on a single LDAP source.
        pub sync_users_password: Option<bool> => 36 "sync_users_password" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 37 "user_matching_mode" opt,
        /// Attribute which matches the value of `group_membership_field`.
        ///
        /// Since 2025.6.2.
        pub user_membership_attribute: Option<String> => 38 "user_membership_attribute" opt,
        /// Consider Objects matching this filter to be Users.
        pub user_object_filter: Option<String> => 39 "user_object_filter" opt,
        pub user_path_template: Option<String> => 40 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 41 "user_property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 42 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 43 "verbose_name_plural" req,
    }
    required(
        3 base_dn, 6 component, 19 meta_model_name, 20 name, 24 pk, 27 server_uri, 28 slug,
        42 verbose_name, 43 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// LDAP PropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPSourcePropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// LDAP PropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPSourcePropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// LDAP Source Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct LDAPSourceRequest {
        /// Prepended to Base DN for Group-queries.
        pub additional_group_dn: Option<String> => 0 "additional_group_dn" opt,
        /// Prepended to Base DN for User-queries.
        pub additional_user_dn: Option<String> => 1 "additional_user_dn" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        pub base_dn: String => 3 "base_dn" req,
        pub bind_cn: Option<String> => 4 "bind_cn" opt,
        pub bind_password: Option<String> => 5 "bind_password" opt,
        /// Client certificate to authenticate against the LDAP Server's Certificate.
        pub client_certificate: Option<Option<::uuid::Uuid>> => 6 "client_certificate" opt_null,
        /// Delete authentik users and groups which were previously supplied by this source, but are now missing from it.
        ///
        /// Since 2025.6.2.
        pub delete_not_found_objects: Option<bool> => 7 "delete_not_found_objects" opt,
        pub enabled: Option<bool> => 8 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 9 "enrollment_flow" opt_null,
        /// Field which contains members of a group.
        pub group_membership_field: Option<String> => 10 "group_membership_field" opt,
        /// Consider Objects matching this filter to be Groups.
        pub group_object_filter: Option<String> => 11 "group_object_filter" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 12 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 13 "icon" opt,
        /// Lookup group membership based on a user attribute instead of a group attribute. This allows nested group resolution on systems like FreeIPA and Active Directory
        ///
        /// Since 2025.6.2.
        pub lookup_groups_from_user: Option<bool> => 14 "lookup_groups_from_user" opt,
        /// Source's display Name.
        pub name: String => 15 "name" req,
        /// Field which contains a unique Identifier.
        pub object_uniqueness_field: Option<String> => 16 "object_uniqueness_field" opt,
        /// Update internal authentik password when login succeeds with LDAP
        pub password_login_update_internal_password: Option<bool> => 17 "password_login_update_internal_password" opt,
        /// Optionally verify the LDAP Server's Certificate against the CA Chain in this keypair.
        pub peer_certificate: Option<Option<::uuid::Uuid>> => 18 "peer_certificate" opt_null,
        pub policy_engine_mode: Option<PolicyEngineMode> => 19 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 20 "promoted" opt,
        pub server_uri: String => 21 "server_uri" req,
        /// Internal source name, used in URLs.
        pub slug: String => 22 "slug" req,
        pub sni: Option<bool> => 23 "sni" opt,
        pub start_tls: Option<bool> => 24 "start_tls" opt,
        /// Sync group parentage/hierarchy from LDAP directories.
        ///
        /// Since 2026.11.0-rc1.
        pub sync_group_hierarchy: Option<bool> => 25 "sync_group_hierarchy" opt,
        pub sync_groups: Option<bool> => 26 "sync_groups" opt,
        /// When to trigger sync for outgoing providers
        ///
        /// Since 2026.11.0-rc1.
        pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum> => 27 "sync_outgoing_trigger_mode" opt,
        pub sync_parent_group: Option<Option<::uuid::Uuid>> => 28 "sync_parent_group" opt_null,
        pub sync_users: Option<bool> => 29 "sync_users" opt,
        /// When a user changes their password, sync it back to LDAP. This can only be enabled on a single LDAP source.
        pub sync_users_password: Option<bool> => 30 "sync_users_password" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 31 "user_matching_mode" opt,
        /// Attribute which matches the value of `group_membership_field`.
        ///
        /// Since 2025.6.2.
        pub user_membership_attribute: Option<String> => 32 "user_membership_attribute" opt,
        /// Consider Objects matching this filter to be Users.
        pub user_object_filter: Option<String> => 33 "user_object_filter" opt,
        pub user_path_template: Option<String> => 34 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 35 "user_property_mappings" opt,
    }
    required(3 base_dn, 15 name, 21 server_uri, 22 slug)
}

#[cfg(feature = "schema")]
/// `LangEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LangEnum {
    /// `af`
    Af,
    /// `ar`
    Ar,
    /// `ar-dz`
    ArDz,
    /// `ast`
    Ast,
    /// `az`
    Az,
    /// `be`
    Be,
    /// `bg`
    Bg,
    /// `bn`
    Bn,
    /// `br`
    Br,
    /// `bs`
    Bs,
    /// `ca`
    Ca,
    /// `ckb`
    Ckb,
    /// `cs`
    Cs,
    /// `cy`
    Cy,
    /// `da`
    Da,
    /// `de`
    De,
    /// `dsb`
    Dsb,
    /// `el`
    El,
    /// `en`
    En,
    /// `en-au`
    EnAu,
    /// `en-gb`
    EnGb,
    /// `eo`
    Eo,
    /// `es`
    Es,
    /// `es-ar`
    EsAr,
    /// `es-co`
    EsCo,
    /// `es-mx`
    EsMx,
    /// `es-ni`
    EsNi,
    /// `es-ve`
    EsVe,
    /// `et`
    Et,
    /// `eu`
    Eu,
    /// `fa`
    Fa,
    /// `fi`
    Fi,
    /// `fr`
    Fr,
    /// `fy`
    Fy,
    /// `ga`
    Ga,
    /// `gd`
    Gd,
    /// `gl`
    Gl,
    /// `he`
    He,
    /// `hi`
    Hi,
    /// `hr`
    Hr,
    /// `hsb`
    Hsb,
    /// `hu`
    Hu,
    /// `hy`
    Hy,
    /// `ia`
    Ia,
    /// `id`
    Id,
    /// `ig`
    Ig,
    /// `io`
    Io,
    /// `is`
    Is,
    /// `it`
    It,
    /// `ja`
    Ja,
    /// `ka`
    Ka,
    /// `kab`
    Kab,
    /// `kk`
    Kk,
    /// `km`
    Km,
    /// `kn`
    Kn,
    /// `ko`
    Ko,
    /// `ky`
    Ky,
    /// `lb`
    Lb,
    /// `lt`
    Lt,
    /// `lv`
    Lv,
    /// `mk`
    Mk,
    /// `ml`
    Ml,
    /// `mn`
    Mn,
    /// `mr`
    Mr,
    /// `ms`
    Ms,
    /// `my`
    My,
    /// `nb`
    Nb,
    /// `ne`
    Ne,
    /// `nl`
    Nl,
    /// `nn`
    Nn,
    /// `os`
    Os,
    /// `pa`
    Pa,
    /// `pl`
    Pl,
    /// `pt`
    Pt,
    /// `pt-br`
    PtBr,
    /// `ro`
    Ro,
    /// `ru`
    Ru,
    /// `sk`
    Sk,
    /// `sl`
    Sl,
    /// `sq`
    Sq,
    /// `sr`
    Sr,
    /// `sr-latn`
    SrLatn,
    /// `sv`
    Sv,
    /// `sw`
    Sw,
    /// `ta`
    Ta,
    /// `te`
    Te,
    /// `tg`
    Tg,
    /// `th`
    Th,
    /// `tk`
    Tk,
    /// `tr`
    Tr,
    /// `tt`
    Tt,
    /// `udm`
    Udm,
    /// `ug`
    Ug,
    /// `uk`
    Uk,
    /// `ur`
    Ur,
    /// `uz`
    Uz,
    /// `vi`
    Vi,
    /// `zh-hans`
    ZhHans,
    /// `zh-hant`
    ZhHant,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "schema")]
super::runtime::string_enum!(
    LangEnum, Unknown { Af => "af", Ar => "ar", ArDz => "ar-dz", Ast => "ast", Az =>
    "az", Be => "be", Bg => "bg", Bn => "bn", Br => "br", Bs => "bs", Ca => "ca", Ckb =>
    "ckb", Cs => "cs", Cy => "cy", Da => "da", De => "de", Dsb => "dsb", El => "el", En
    => "en", EnAu => "en-au", EnGb => "en-gb", Eo => "eo", Es => "es", EsAr => "es-ar",
    EsCo => "es-co", EsMx => "es-mx", EsNi => "es-ni", EsVe => "es-ve", Et => "et", Eu =>
    "eu", Fa => "fa", Fi => "fi", Fr => "fr", Fy => "fy", Ga => "ga", Gd => "gd", Gl =>
    "gl", He => "he", Hi => "hi", Hr => "hr", Hsb => "hsb", Hu => "hu", Hy => "hy", Ia =>
    "ia", Id => "id", Ig => "ig", Io => "io", Is => "is", It => "it", Ja => "ja", Ka =>
    "ka", Kab => "kab", Kk => "kk", Km => "km", Kn => "kn", Ko => "ko", Ky => "ky", Lb =>
    "lb", Lt => "lt", Lv => "lv", Mk => "mk", Ml => "ml", Mn => "mn", Mr => "mr", Ms =>
    "ms", My => "my", Nb => "nb", Ne => "ne", Nl => "nl", Nn => "nn", Os => "os", Pa =>
    "pa", Pl => "pl", Pt => "pt", PtBr => "pt-br", Ro => "ro", Ru => "ru", Sk => "sk", Sl
    => "sl", Sq => "sq", Sr => "sr", SrLatn => "sr-latn", Sv => "sv", Sw => "sw", Ta =>
    "ta", Te => "te", Tg => "tg", Th => "th", Tk => "tk", Tr => "tr", Tt => "tt", Udm =>
    "udm", Ug => "ug", Uk => "uk", Ur => "ur", Uz => "uz", Vi => "vi", ZhHans =>
    "zh-hans", ZhHant => "zh-hant", }
);

#[cfg(feature = "tasks")]
/// `LastTaskStatusEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LastTaskStatusEnum {
    /// `waiting_for_dependencies`
    WaitingForDependencies,
    /// `queued`
    Queued,
    /// `consumed`
    Consumed,
    /// `preprocess`
    Preprocess,
    /// `running`
    Running,
    /// `postprocess`
    Postprocess,
    /// `rejected`
    Rejected,
    /// `done`
    Done,
    /// `info`
    Info,
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "tasks")]
super::runtime::string_enum!(
    LastTaskStatusEnum, Unknown { WaitingForDependencies => "waiting_for_dependencies",
    Queued => "queued", Consumed => "consumed", Preprocess => "preprocess", Running =>
    "running", Postprocess => "postprocess", Rejected => "rejected", Done => "done", Info
    => "info", Warning => "warning", Error => "error", }
);

#[cfg(feature = "enterprise")]
super::runtime::object! {
    /// License Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct License {
        pub expiry: super::runtime::DateTime => 0 "expiry" req,
        pub external_users: i64 => 1 "external_users" req,
        pub internal_users: i64 => 2 "internal_users" req,
        pub key: String => 3 "key" req,
        pub license_uuid: ::uuid::Uuid => 4 "license_uuid" req,
        pub name: String => 5 "name" req,
    }
    required(0 expiry, 1 external_users, 2 internal_users, 3 key, 4 license_uuid, 5 name)
}

#[cfg(feature = "enterprise")]
/// `LicenseFlagsEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LicenseFlagsEnum {
    /// `trial`
    Trial,
    /// `non_production`
    NonProduction,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "enterprise")]
super::runtime::string_enum!(
    LicenseFlagsEnum, Unknown { Trial => "trial", NonProduction => "non_production", }
);

#[cfg(feature = "enterprise")]
super::runtime::object! {
    /// Serializer for license forecast
    #[derive(Clone, Debug, PartialEq)]
    pub struct LicenseForecast {
        pub external_users: i64 => 0 "external_users" req,
        pub forecasted_external_users: i64 => 1 "forecasted_external_users" req,
        pub forecasted_internal_users: i64 => 2 "forecasted_internal_users" req,
        pub internal_users: i64 => 3 "internal_users" req,
    }
    required(
        0 external_users, 1 forecasted_external_users, 2 forecasted_internal_users,
        3 internal_users,
    )
}

#[cfg(feature = "enterprise")]
super::runtime::object! {
    /// License Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct LicenseRequest {
        pub key: String => 0 "key" req,
    }
    required(0 key)
}

#[cfg(feature = "endpoints")]
/// `LicenseStatusEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LicenseStatusEnum {
    /// `unlicensed`
    Unlicensed,
    /// `valid`
    Valid,
    /// `expired`
    Expired,
    /// `expiry_soon`
    ExpirySoon,
    /// `limit_exceeded_admin`
    LimitExceededAdmin,
    /// `limit_exceeded_user`
    LimitExceededUser,
    /// `read_only`
    ReadOnly,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "endpoints")]
super::runtime::string_enum!(
    LicenseStatusEnum, Unknown { Unlicensed => "unlicensed", Valid => "valid", Expired =>
    "expired", ExpirySoon => "expiry_soon", LimitExceededAdmin => "limit_exceeded_admin",
    LimitExceededUser => "limit_exceeded_user", ReadOnly => "read_only", }
);

#[cfg(feature = "enterprise")]
super::runtime::object! {
    /// Serializer for license status
    #[derive(Clone, Debug, PartialEq)]
    pub struct LicenseSummary {
        pub external_users: i64 => 0 "external_users" req,
        pub internal_users: i64 => 1 "internal_users" req,
        pub latest_valid: super::runtime::DateTime => 2 "latest_valid" req,
        pub license_flags: Vec<LicenseFlagsEnum> => 3 "license_flags" req,
        pub status: LicenseSummaryStatusEnum => 4 "status" req,
    }
    required(0 external_users, 1 internal_users, 2 latest_valid, 3 license_flags, 4 status)
}

#[cfg(feature = "enterprise")]
/// `LicenseSummaryStatusEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LicenseSummaryStatusEnum {
    /// `unlicensed`
    Unlicensed,
    /// `valid`
    Valid,
    /// `expired`
    Expired,
    /// `expiry_soon`
    ExpirySoon,
    /// `limit_exceeded_admin`
    LimitExceededAdmin,
    /// `limit_exceeded_user`
    LimitExceededUser,
    /// `read_only`
    ReadOnly,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "enterprise")]
super::runtime::string_enum!(
    LicenseSummaryStatusEnum, Unknown { Unlicensed => "unlicensed", Valid => "valid",
    Expired => "expired", ExpirySoon => "expiry_soon", LimitExceededAdmin =>
    "limit_exceeded_admin", LimitExceededUser => "limit_exceeded_user", ReadOnly =>
    "read_only", }
);

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct LifecycleIteration {
        pub content_type: ContentTypeEnum => 0 "content_type" req,
        pub grace_period_end: super::runtime::DateTime => 1 "grace_period_end" req,
        pub id: ::uuid::Uuid => 2 "id" req,
        pub next_review_date: super::runtime::DateTime => 3 "next_review_date" req,
        pub object_admin_url: String => 4 "object_admin_url" req,
        pub object_id: String => 5 "object_id" req,
        pub object_verbose: String => 6 "object_verbose" req,
        pub opened_on: super::runtime::DateTime => 7 "opened_on" req,
        pub reviews: Vec<Review> => 8 "reviews" req,
        pub rule: RelatedRule => 9 "rule" req,
        pub state: LifecycleIterationStateEnum => 10 "state" req,
        pub user_can_review: bool => 11 "user_can_review" req,
    }
    required(
        0 content_type, 1 grace_period_end, 2 id, 3 next_review_date, 4 object_admin_url,
        5 object_id, 6 object_verbose, 7 opened_on, 8 reviews, 9 rule, 10 state,
        11 user_can_review,
    )
    shapes(8 seq)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct LifecycleIterationRequest {
        pub content_type: ContentTypeEnum => 0 "content_type" req,
    }
    required(0 content_type)
}

#[cfg(feature = "lifecycle")]
/// `LifecycleIterationStateEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LifecycleIterationStateEnum {
    /// `REVIEWED`
    Reviewed,
    /// `PENDING`
    Pending,
    /// `OVERDUE`
    Overdue,
    /// `CANCELED`
    Canceled,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "lifecycle")]
super::runtime::string_enum!(
    LifecycleIterationStateEnum, Unknown { Reviewed => "REVIEWED", Pending => "PENDING",
    Overdue => "OVERDUE", Canceled => "CANCELED", }
);

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct LifecycleRule {
        pub content_type: ContentTypeEnum => 0 "content_type" req,
        pub grace_period: Option<String> => 1 "grace_period" opt,
        pub id: ::uuid::Uuid => 2 "id" req,
        pub interval: Option<String> => 3 "interval" opt,
        pub min_reviewers: Option<u32> => 4 "min_reviewers" opt,
        pub min_reviewers_is_per_group: Option<bool> => 5 "min_reviewers_is_per_group" opt,
        pub name: String => 6 "name" req,
        /// Select which transports should be used to notify the reviewers. If none are selected, the notification will only be shown in the authentik UI.
        pub notification_transports: Option<Vec<::uuid::Uuid>> => 7 "notification_transports" opt,
        pub object_id: Option<Option<String>> => 8 "object_id" opt_null,
        pub reviewer_groups: Option<Vec<::uuid::Uuid>> => 9 "reviewer_groups" opt,
        pub reviewer_groups_obj: Vec<PartialGroup> => 10 "reviewer_groups_obj" req,
        pub reviewers: Vec<::uuid::Uuid> => 11 "reviewers" req,
        pub reviewers_obj: Vec<PartialUser> => 12 "reviewers_obj" req,
        pub target_verbose: String => 13 "target_verbose" req,
    }
    required(
        0 content_type, 2 id, 6 name, 10 reviewer_groups_obj, 11 reviewers, 12 reviewers_obj,
        13 target_verbose,
    )
    shapes(10 seq, 12 seq)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct LifecycleRuleRequest {
        pub content_type: ContentTypeEnum => 0 "content_type" req,
        pub grace_period: Option<String> => 1 "grace_period" opt,
        pub interval: Option<String> => 2 "interval" opt,
        pub min_reviewers: Option<u32> => 3 "min_reviewers" opt,
        pub min_reviewers_is_per_group: Option<bool> => 4 "min_reviewers_is_per_group" opt,
        pub name: String => 5 "name" req,
        /// Select which transports should be used to notify the reviewers. If none are selected, the notification will only be shown in the authentik UI.
        pub notification_transports: Option<Vec<::uuid::Uuid>> => 6 "notification_transports" opt,
        pub object_id: Option<Option<String>> => 7 "object_id" opt_null,
        pub reviewer_groups: Option<Vec<::uuid::Uuid>> => 8 "reviewer_groups" opt,
        pub reviewers: Vec<::uuid::Uuid> => 9 "reviewers" req,
    }
    required(0 content_type, 5 name, 9 reviewers)
}

#[cfg(any(feature = "core", feature = "flows", feature = "requests"))]
super::runtime::object! {
    /// Returns a single link
    #[derive(Clone, Debug, PartialEq)]
    pub struct Link {
        pub link: String => 0 "link" req,
    }
    required(0 link)
}

#[cfg(
    any(
        feature = "core",
        feature = "events",
        feature = "flows",
        feature = "managed",
        feature = "outposts",
        feature = "policies",
        feature = "providers",
        feature = "tasks"
    )
)]
super::runtime::object! {
    /// Single log message with all context logged.
    #[derive(Clone, Debug, PartialEq)]
    pub struct LogEvent {
        pub attributes: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "attributes" req,
        pub event: String => 1 "event" req,
        pub log_level: LogLevelEnum => 2 "log_level" req,
        pub logger: String => 3 "logger" req,
        pub timestamp: super::runtime::DateTime => 4 "timestamp" req,
    }
    required(0 attributes, 1 event, 2 log_level, 3 logger, 4 timestamp)
}

#[cfg(
    any(
        feature = "core",
        feature = "events",
        feature = "flows",
        feature = "managed",
        feature = "outposts",
        feature = "policies",
        feature = "providers",
        feature = "tasks"
    )
)]
/// `LogLevelEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LogLevelEnum {
    /// `critical`
    Critical,
    /// `exception`
    Exception,
    /// `error`
    Error,
    /// `warn`
    Warn,
    /// `warning`
    Warning,
    /// `info`
    Info,
    /// `debug`
    Debug,
    /// `notset`
    Notset,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(
    any(
        feature = "core",
        feature = "events",
        feature = "flows",
        feature = "managed",
        feature = "outposts",
        feature = "policies",
        feature = "providers",
        feature = "tasks"
    )
)]
super::runtime::string_enum!(
    LogLevelEnum, Unknown { Critical => "critical", Exception => "exception", Error =>
    "error", Warn => "warn", Warning => "warning", Info => "info", Debug => "debug",
    Notset => "notset", }
);

#[cfg(feature = "flows")]
/// `LoginChallengeTypes`
///
/// Selected by the `component` property.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LoginChallengeTypes {
    RedirectChallenge(RedirectChallenge),
    AppleLoginChallenge(AppleLoginChallenge),
    PlexAuthenticationChallenge(PlexAuthenticationChallenge),
    TelegramLoginChallenge(TelegramLoginChallenge),
    /// A variant this version of the crate does not know, kept as raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "flows")]
impl ::serde::Serialize for LoginChallengeTypes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::RedirectChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "xak-flow-redirect",
                    value,
                )
            }
            Self::AppleLoginChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-oauth-apple",
                    value,
                )
            }
            Self::PlexAuthenticationChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-plex",
                    value,
                )
            }
            Self::TelegramLoginChallenge(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "component",
                    "ak-source-telegram",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "flows")]
impl<'de> ::serde::Deserialize<'de> for LoginChallengeTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        super::runtime::unions::deserialize(
            deserializer,
            |value| {
                match super::runtime::unions::tag_of(&value, "component") {
                    Some("xak-flow-redirect") => {
                        super::runtime::unions::variant(value)
                            .map(Self::RedirectChallenge)
                    }
                    Some("ak-source-oauth-apple") => {
                        super::runtime::unions::variant(value)
                            .map(Self::AppleLoginChallenge)
                    }
                    Some("ak-source-plex") => {
                        super::runtime::unions::variant(value)
                            .map(Self::PlexAuthenticationChallenge)
                    }
                    Some("ak-source-telegram") => {
                        super::runtime::unions::variant(value)
                            .map(Self::TelegramLoginChallenge)
                    }
                    _ => Ok(Self::Unknown(value)),
                }
            },
        )
    }
}
#[cfg(feature = "flows")]
impl super::runtime::correct::FieldType for LoginChallengeTypes {
    const NULLABLE: bool = true;
    #[inline]
    fn zero() -> Option<Self> {
        Some(Self::Unknown(::serde_json::Value::Null))
    }
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// Login Metrics per 1h
    ///
    /// Until 2024.12.1 (removed in 2025.6.2).
    #[deprecated(note = "Until 2024.12.1 (removed in 2025.6.2).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct LoginMetrics {
        pub authorizations: Vec<Coordinate> => 0 "authorizations" req,
        pub logins: Vec<Coordinate> => 1 "logins" req,
        pub logins_failed: Vec<Coordinate> => 2 "logins_failed" req,
    }
    required(0 authorizations, 1 logins, 2 logins_failed)
    shapes(0 seq, 1 seq, 2 seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Serializer for Login buttons of sources
    #[derive(Clone, Debug, PartialEq)]
    pub struct LoginSource {
        pub challenge: LoginChallengeTypes => 0 "challenge" req,
        pub icon_url: Option<Option<String>> => 1 "icon_url" opt_null,
        pub name: String => 2 "name" req,
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 3 "promoted" opt,
    }
    required(0 challenge, 2 name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Data for a single logout URL
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct LogoutURL {
        pub binding: Option<Option<String>> => 0 "binding" opt_null,
        pub provider_name: Option<Option<String>> => 1 "provider_name" opt_null,
        pub saml_relay_state: Option<Option<String>> => 2 "saml_relay_state" opt_null,
        pub saml_request: Option<Option<String>> => 3 "saml_request" opt_null,
        pub saml_response: Option<Option<String>> => 4 "saml_response" opt_null,
        pub url: String => 5 "url" req,
    }
    required(5 url)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct MDMConfigRequest {
        pub enrollment_token: ::uuid::Uuid => 0 "enrollment_token" req,
        pub platform: DeviceFactsOSFamily => 1 "platform" req,
    }
    required(0 enrollment_token, 1 platform)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct MDMConfigResponse {
        pub config: String => 0 "config" req,
        pub filename: String => 1 "filename" req,
        pub mime_type: String => 2 "mime_type" req,
    }
    required(0 config, 1 filename, 2 mime_type)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `MatchingModeEnum`
///
/// Since 2024.12.1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchingModeEnum {
    /// `strict`
    Strict,
    /// `regex`
    Regex,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    MatchingModeEnum, Unknown { Strict => "strict", Regex => "regex", }
);

#[cfg(feature = "managed")]
super::runtime::object! {
    /// Serializer for blueprint metadata
    #[derive(Clone, Debug, PartialEq)]
    pub struct Metadata {
        pub labels: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "labels" req,
        pub name: String => 1 "name" req,
    }
    required(0 labels, 1 name)
    zero(required)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// MicrosoftEntraProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct MicrosoftEntraProvider {
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 0 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 1 "assigned_backchannel_application_slug" nullable,
        pub client_id: String => 2 "client_id" req,
        pub client_secret: String => 3 "client_secret" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 4 "component" req,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 5 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 6 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 7 "exclude_users_service_account" opt,
        pub filter_group: Option<Option<::uuid::Uuid>> => 8 "filter_group" opt_null,
        pub group_delete_action: Option<OutgoingSyncDeleteAction> => 9 "group_delete_action" opt,
        /// Return internal model name
        pub meta_model_name: String => 10 "meta_model_name" req,
        pub name: String => 11 "name" req,
        pub pk: i64 => 12 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 13 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 14 "property_mappings_group" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 15 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 16 "sync_page_timeout" opt,
        pub tenant_id: String => 17 "tenant_id" req,
        pub user_delete_action: Option<OutgoingSyncDeleteAction> => 18 "user_delete_action" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 19 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 20 "verbose_name_plural" req,
    }
    required(
        2 client_id, 3 client_secret, 4 component, 10 meta_model_name, 11 name, 12 pk,
        17 tenant_id, 19 verbose_name, 20 verbose_name_plural,
    )
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// MicrosoftEntraProviderGroup Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct MicrosoftEntraProviderGroup {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" nullable,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub group_obj: PartialGroup => 2 "group_obj" req,
        pub id: ::uuid::Uuid => 3 "id" req,
        pub microsoft_id: String => 4 "microsoft_id" req,
        pub provider: i64 => 5 "provider" req,
    }
    required(1 group, 2 group_obj, 3 id, 4 microsoft_id, 5 provider)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// MicrosoftEntraProviderGroup Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct MicrosoftEntraProviderGroupRequest {
        pub group: ::uuid::Uuid => 0 "group" req,
        pub microsoft_id: String => 1 "microsoft_id" req,
        pub provider: i64 => 2 "provider" req,
    }
    required(0 group, 1 microsoft_id, 2 provider)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// MicrosoftEntraProviderMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct MicrosoftEntraProviderMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// MicrosoftEntraProviderMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct MicrosoftEntraProviderMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// MicrosoftEntraProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct MicrosoftEntraProviderRequest {
        pub client_id: String => 0 "client_id" req,
        pub client_secret: String => 1 "client_secret" req,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 2 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 3 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 4 "exclude_users_service_account" opt,
        pub filter_group: Option<Option<::uuid::Uuid>> => 5 "filter_group" opt_null,
        pub group_delete_action: Option<OutgoingSyncDeleteAction> => 6 "group_delete_action" opt,
        pub name: String => 7 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 8 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 9 "property_mappings_group" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 10 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 11 "sync_page_timeout" opt,
        pub tenant_id: String => 12 "tenant_id" req,
        pub user_delete_action: Option<OutgoingSyncDeleteAction> => 13 "user_delete_action" opt,
    }
    required(0 client_id, 1 client_secret, 7 name, 12 tenant_id)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// MicrosoftEntraProviderUser Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct MicrosoftEntraProviderUser {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" nullable,
        pub id: ::uuid::Uuid => 1 "id" req,
        pub microsoft_id: String => 2 "microsoft_id" req,
        pub provider: i64 => 3 "provider" req,
        pub user: i64 => 4 "user" req,
        pub user_obj: PartialUser => 5 "user_obj" req,
    }
    required(1 id, 2 microsoft_id, 3 provider, 4 user, 5 user_obj)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// MicrosoftEntraProviderUser Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct MicrosoftEntraProviderUserRequest {
        pub microsoft_id: String => 0 "microsoft_id" req,
        pub provider: i64 => 1 "provider" req,
        pub user: i64 => 2 "user" req,
    }
    required(0 microsoft_id, 1 provider, 2 user)
}

#[cfg(any(feature = "policies", feature = "rbac"))]
/// `ModelEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModelEnum {
    /// `authentik_tenants.domain`
    AuthentikTenantsDomain,
    /// `authentik_core.group`
    AuthentikCoreGroup,
    /// `authentik_core.user`
    AuthentikCoreUser,
    /// `authentik_core.application`
    AuthentikCoreApplication,
    /// `authentik_core.applicationentitlement`
    AuthentikCoreApplicationentitlement,
    /// `authentik_core.token`
    AuthentikCoreToken,
    /// `authentik_core.objectattribute`
    AuthentikCoreObjectattribute,
    /// `authentik_core.actor`
    AuthentikCoreActor,
    /// `authentik_crypto.certificatekeypair`
    AuthentikCryptoCertificatekeypair,
    /// `authentik_endpoints.deviceuserbinding`
    AuthentikEndpointsDeviceuserbinding,
    /// `authentik_endpoints.deviceaccessgroup`
    AuthentikEndpointsDeviceaccessgroup,
    /// `authentik_endpoints.endpointstage`
    AuthentikEndpointsEndpointstage,
    /// `authentik_endpoints_connectors_agent.agentconnector`
    AuthentikEndpointsConnectorsAgentAgentconnector,
    /// `authentik_endpoints_connectors_agent.agentdeviceuserbinding`
    AuthentikEndpointsConnectorsAgentAgentdeviceuserbinding,
    /// `authentik_endpoints_connectors_agent.enrollmenttoken`
    AuthentikEndpointsConnectorsAgentEnrollmenttoken,
    /// `authentik_enterprise.license`
    AuthentikEnterpriseLicense,
    /// `authentik_events.event`
    AuthentikEventsEvent,
    /// `authentik_events.notificationtransport`
    AuthentikEventsNotificationtransport,
    /// `authentik_events.notification`
    AuthentikEventsNotification,
    /// `authentik_events.notificationrule`
    AuthentikEventsNotificationrule,
    /// `authentik_events.notificationwebhookmapping`
    AuthentikEventsNotificationwebhookmapping,
    /// `authentik_flows.flow`
    AuthentikFlowsFlow,
    /// `authentik_flows.flowstagebinding`
    AuthentikFlowsFlowstagebinding,
    /// `authentik_outposts.dockerserviceconnection`
    AuthentikOutpostsDockerserviceconnection,
    /// `authentik_outposts.kubernetesserviceconnection`
    AuthentikOutpostsKubernetesserviceconnection,
    /// `authentik_outposts.outpost`
    AuthentikOutpostsOutpost,
    /// `authentik_policies_dummy.dummypolicy`
    AuthentikPoliciesDummyDummypolicy,
    /// `authentik_policies_event_matcher.eventmatcherpolicy`
    AuthentikPoliciesEventMatcherEventmatcherpolicy,
    /// `authentik_policies_expiry.passwordexpirypolicy`
    AuthentikPoliciesExpiryPasswordexpirypolicy,
    /// `authentik_policies_expression.expressionpolicy`
    AuthentikPoliciesExpressionExpressionpolicy,
    /// `authentik_policies_geoip.geoippolicy`
    AuthentikPoliciesGeoipGeoippolicy,
    /// `authentik_policies_password.passwordpolicy`
    AuthentikPoliciesPasswordPasswordpolicy,
    /// `authentik_policies_reputation.reputationpolicy`
    AuthentikPoliciesReputationReputationpolicy,
    /// `authentik_policies.policybinding`
    AuthentikPoliciesPolicybinding,
    /// `authentik_providers_ldap.ldapprovider`
    AuthentikProvidersLdapLdapprovider,
    /// `authentik_providers_oauth2.scopemapping`
    AuthentikProvidersOauth2Scopemapping,
    /// `authentik_providers_oauth2.oauth2provider`
    AuthentikProvidersOauth2Oauth2provider,
    /// `authentik_providers_oauth2.oauth2dynamicclientregistration`
    AuthentikProvidersOauth2Oauth2dynamicclientregistration,
    /// `authentik_providers_proxy.proxyprovider`
    AuthentikProvidersProxyProxyprovider,
    /// `authentik_providers_rac.racprovider`
    AuthentikProvidersRacRacprovider,
    /// `authentik_providers_rac.endpoint`
    AuthentikProvidersRacEndpoint,
    /// `authentik_providers_rac.racpropertymapping`
    AuthentikProvidersRacRacpropertymapping,
    /// `authentik_providers_radius.radiusprovider`
    AuthentikProvidersRadiusRadiusprovider,
    /// `authentik_providers_radius.radiusproviderpropertymapping`
    AuthentikProvidersRadiusRadiusproviderpropertymapping,
    /// `authentik_providers_saml.samlprovider`
    AuthentikProvidersSamlSamlprovider,
    /// `authentik_providers_saml.samlpropertymapping`
    AuthentikProvidersSamlSamlpropertymapping,
    /// `authentik_providers_scim.scimprovider`
    AuthentikProvidersScimScimprovider,
    /// `authentik_providers_scim.scimmapping`
    AuthentikProvidersScimScimmapping,
    /// `authentik_rbac.role`
    AuthentikRbacRole,
    /// `authentik_rbac.initialpermissions`
    AuthentikRbacInitialpermissions,
    /// `authentik_sources_kerberos.kerberossource`
    AuthentikSourcesKerberosKerberossource,
    /// `authentik_sources_kerberos.kerberossourcepropertymapping`
    AuthentikSourcesKerberosKerberossourcepropertymapping,
    /// `authentik_sources_kerberos.userkerberossourceconnection`
    AuthentikSourcesKerberosUserkerberossourceconnection,
    /// `authentik_sources_kerberos.groupkerberossourceconnection`
    AuthentikSourcesKerberosGroupkerberossourceconnection,
    /// `authentik_sources_ldap.ldapsource`
    AuthentikSourcesLdapLdapsource,
    /// `authentik_sources_ldap.ldapsourcepropertymapping`
    AuthentikSourcesLdapLdapsourcepropertymapping,
    /// `authentik_sources_ldap.userldapsourceconnection`
    AuthentikSourcesLdapUserldapsourceconnection,
    /// `authentik_sources_ldap.groupldapsourceconnection`
    AuthentikSourcesLdapGroupldapsourceconnection,
    /// `authentik_sources_oauth.oauthsource`
    AuthentikSourcesOauthOauthsource,
    /// `authentik_sources_oauth.oauthsourcepropertymapping`
    AuthentikSourcesOauthOauthsourcepropertymapping,
    /// `authentik_sources_oauth.useroauthsourceconnection`
    AuthentikSourcesOauthUseroauthsourceconnection,
    /// `authentik_sources_oauth.groupoauthsourceconnection`
    AuthentikSourcesOauthGroupoauthsourceconnection,
    /// `authentik_sources_plex.plexsource`
    AuthentikSourcesPlexPlexsource,
    /// `authentik_sources_plex.plexsourcepropertymapping`
    AuthentikSourcesPlexPlexsourcepropertymapping,
    /// `authentik_sources_plex.userplexsourceconnection`
    AuthentikSourcesPlexUserplexsourceconnection,
    /// `authentik_sources_plex.groupplexsourceconnection`
    AuthentikSourcesPlexGroupplexsourceconnection,
    /// `authentik_sources_saml.samlsource`
    AuthentikSourcesSamlSamlsource,
    /// `authentik_sources_saml.samlsourcepropertymapping`
    AuthentikSourcesSamlSamlsourcepropertymapping,
    /// `authentik_sources_saml.usersamlsourceconnection`
    AuthentikSourcesSamlUsersamlsourceconnection,
    /// `authentik_sources_saml.groupsamlsourceconnection`
    AuthentikSourcesSamlGroupsamlsourceconnection,
    /// `authentik_sources_scim.scimsource`
    AuthentikSourcesScimScimsource,
    /// `authentik_sources_scim.scimsourcepropertymapping`
    AuthentikSourcesScimScimsourcepropertymapping,
    /// `authentik_sources_telegram.telegramsource`
    AuthentikSourcesTelegramTelegramsource,
    /// `authentik_sources_telegram.telegramsourcepropertymapping`
    AuthentikSourcesTelegramTelegramsourcepropertymapping,
    /// `authentik_sources_telegram.usertelegramsourceconnection`
    AuthentikSourcesTelegramUsertelegramsourceconnection,
    /// `authentik_sources_telegram.grouptelegramsourceconnection`
    AuthentikSourcesTelegramGrouptelegramsourceconnection,
    /// `authentik_stages_authenticator_duo.authenticatorduostage`
    AuthentikStagesAuthenticatorDuoAuthenticatorduostage,
    /// `authentik_stages_authenticator_duo.duodevice`
    AuthentikStagesAuthenticatorDuoDuodevice,
    /// `authentik_stages_authenticator_email.authenticatoremailstage`
    AuthentikStagesAuthenticatorEmailAuthenticatoremailstage,
    /// `authentik_stages_authenticator_email.emaildevice`
    AuthentikStagesAuthenticatorEmailEmaildevice,
    /// `authentik_stages_authenticator_sms.authenticatorsmsstage`
    AuthentikStagesAuthenticatorSmsAuthenticatorsmsstage,
    /// `authentik_stages_authenticator_sms.smsdevice`
    AuthentikStagesAuthenticatorSmsSmsdevice,
    /// `authentik_stages_authenticator_static.authenticatorstaticstage`
    AuthentikStagesAuthenticatorStaticAuthenticatorstaticstage,
    /// `authentik_stages_authenticator_static.staticdevice`
    AuthentikStagesAuthenticatorStaticStaticdevice,
    /// `authentik_stages_authenticator_totp.authenticatortotpstage`
    AuthentikStagesAuthenticatorTotpAuthenticatortotpstage,
    /// `authentik_stages_authenticator_totp.totpdevice`
    AuthentikStagesAuthenticatorTotpTotpdevice,
    /// `authentik_stages_authenticator_validate.authenticatorvalidatestage`
    AuthentikStagesAuthenticatorValidateAuthenticatorvalidatestage,
    /// `authentik_stages_authenticator_webauthn.authenticatorwebauthnstage`
    AuthentikStagesAuthenticatorWebauthnAuthenticatorwebauthnstage,
    /// `authentik_stages_authenticator_webauthn.webauthndevice`
    AuthentikStagesAuthenticatorWebauthnWebauthndevice,
    /// `authentik_stages_captcha.captchastage`
    AuthentikStagesCaptchaCaptchastage,
    /// `authentik_stages_consent.consentstage`
    AuthentikStagesConsentConsentstage,
    /// `authentik_stages_deny.denystage`
    AuthentikStagesDenyDenystage,
    /// `authentik_stages_dummy.dummystage`
    AuthentikStagesDummyDummystage,
    /// `authentik_stages_email.emailstage`
    AuthentikStagesEmailEmailstage,
    /// `authentik_stages_identification.identificationstage`
    AuthentikStagesIdentificationIdentificationstage,
    /// `authentik_stages_invitation.invitationstage`
    AuthentikStagesInvitationInvitationstage,
    /// `authentik_stages_invitation.invitation`
    AuthentikStagesInvitationInvitation,
    /// `authentik_stages_password.passwordstage`
    AuthentikStagesPasswordPasswordstage,
    /// `authentik_stages_prompt.prompt`
    AuthentikStagesPromptPrompt,
    /// `authentik_stages_prompt.promptstage`
    AuthentikStagesPromptPromptstage,
    /// `authentik_stages_redirect.redirectstage`
    AuthentikStagesRedirectRedirectstage,
    /// `authentik_stages_user_delete.userdeletestage`
    AuthentikStagesUserDeleteUserdeletestage,
    /// `authentik_stages_user_login.userloginstage`
    AuthentikStagesUserLoginUserloginstage,
    /// `authentik_stages_user_logout.userlogoutstage`
    AuthentikStagesUserLogoutUserlogoutstage,
    /// `authentik_stages_user_write.userwritestage`
    AuthentikStagesUserWriteUserwritestage,
    /// `authentik_tasks_schedules.schedule`
    AuthentikTasksSchedulesSchedule,
    /// `authentik_brands.brand`
    AuthentikBrandsBrand,
    /// `authentik_blueprints.blueprintinstance`
    AuthentikBlueprintsBlueprintinstance,
    /// `authentik_agents.agent`
    AuthentikAgentsAgent,
    /// `authentik_endpoints_connectors_fleet.fleetconnector`
    AuthentikEndpointsConnectorsFleetFleetconnector,
    /// `authentik_endpoints_connectors_google_chrome.googlechromeconnector`
    AuthentikEndpointsConnectorsGoogleChromeGooglechromeconnector,
    /// `authentik_lifecycle.lifecyclerule`
    AuthentikLifecycleLifecyclerule,
    /// `authentik_lifecycle.lifecycleiteration`
    AuthentikLifecycleLifecycleiteration,
    /// `authentik_lifecycle.review`
    AuthentikLifecycleReview,
    /// `authentik_lifecycle.useroffboarding`
    AuthentikLifecycleUseroffboarding,
    /// `authentik_policies_unique_password.uniquepasswordpolicy`
    AuthentikPoliciesUniquePasswordUniquepasswordpolicy,
    /// `authentik_providers_google_workspace.googleworkspaceprovider`
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovider,
    /// `authentik_providers_google_workspace.googleworkspaceprovidermapping`
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovidermapping,
    /// `authentik_providers_microsoft_entra.microsoftentraprovider`
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovider,
    /// `authentik_providers_microsoft_entra.microsoftentraprovidermapping`
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovidermapping,
    /// `authentik_providers_ssf.ssfprovider`
    AuthentikProvidersSsfSsfprovider,
    /// `authentik_providers_ws_federation.wsfederationprovider`
    AuthentikProvidersWsFederationWsfederationprovider,
    /// `authentik_reports.dataexport`
    AuthentikReportsDataexport,
    /// `authentik_requests.requestrulechildbinding`
    AuthentikRequestsRequestrulechildbinding,
    /// `authentik_requests.requestrulebinding`
    AuthentikRequestsRequestrulebinding,
    /// `authentik_requests.requestrule`
    AuthentikRequestsRequestrule,
    /// `authentik_requests.grantrequest`
    AuthentikRequestsGrantrequest,
    /// `authentik_stages_account_lockdown.accountlockdownstage`
    AuthentikStagesAccountLockdownAccountlockdownstage,
    /// `authentik_stages_authenticator_endpoint_gdtc.authenticatorendpointgdtcstage`
    AuthentikStagesAuthenticatorEndpointGdtcAuthenticatorendpointgdtcstage,
    /// `authentik_stages_mtls.mutualtlsstage`
    AuthentikStagesMtlsMutualtlsstage,
    /// `authentik_stages_source.sourcestage`
    AuthentikStagesSourceSourcestage,
    /// `authentik_stages_consent.userconsent`
    AuthentikStagesConsentUserconsent,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "policies", feature = "rbac"))]
super::runtime::string_enum!(
    ModelEnum, Unknown { AuthentikTenantsDomain => "authentik_tenants.domain",
    AuthentikCoreGroup => "authentik_core.group", AuthentikCoreUser =>
    "authentik_core.user", AuthentikCoreApplication => "authentik_core.application",
    AuthentikCoreApplicationentitlement => "authentik_core.applicationentitlement",
    AuthentikCoreToken => "authentik_core.token", AuthentikCoreObjectattribute =>
    "authentik_core.objectattribute", AuthentikCoreActor => "authentik_core.actor",
    AuthentikCryptoCertificatekeypair => "authentik_crypto.certificatekeypair",
    AuthentikEndpointsDeviceuserbinding => "authentik_endpoints.deviceuserbinding",
    AuthentikEndpointsDeviceaccessgroup => "authentik_endpoints.deviceaccessgroup",
    AuthentikEndpointsEndpointstage => "authentik_endpoints.endpointstage",
    AuthentikEndpointsConnectorsAgentAgentconnector =>
    "authentik_endpoints_connectors_agent.agentconnector",
    AuthentikEndpointsConnectorsAgentAgentdeviceuserbinding =>
    "authentik_endpoints_connectors_agent.agentdeviceuserbinding",
    AuthentikEndpointsConnectorsAgentEnrollmenttoken =>
    "authentik_endpoints_connectors_agent.enrollmenttoken", AuthentikEnterpriseLicense =>
    "authentik_enterprise.license", AuthentikEventsEvent => "authentik_events.event",
    AuthentikEventsNotificationtransport => "authentik_events.notificationtransport",
    AuthentikEventsNotification => "authentik_events.notification",
    AuthentikEventsNotificationrule => "authentik_events.notificationrule",
    AuthentikEventsNotificationwebhookmapping =>
    "authentik_events.notificationwebhookmapping", AuthentikFlowsFlow =>
    "authentik_flows.flow", AuthentikFlowsFlowstagebinding =>
    "authentik_flows.flowstagebinding", AuthentikOutpostsDockerserviceconnection =>
    "authentik_outposts.dockerserviceconnection",
    AuthentikOutpostsKubernetesserviceconnection =>
    "authentik_outposts.kubernetesserviceconnection", AuthentikOutpostsOutpost =>
    "authentik_outposts.outpost", AuthentikPoliciesDummyDummypolicy =>
    "authentik_policies_dummy.dummypolicy",
    AuthentikPoliciesEventMatcherEventmatcherpolicy =>
    "authentik_policies_event_matcher.eventmatcherpolicy",
    AuthentikPoliciesExpiryPasswordexpirypolicy =>
    "authentik_policies_expiry.passwordexpirypolicy",
    AuthentikPoliciesExpressionExpressionpolicy =>
    "authentik_policies_expression.expressionpolicy", AuthentikPoliciesGeoipGeoippolicy
    => "authentik_policies_geoip.geoippolicy", AuthentikPoliciesPasswordPasswordpolicy =>
    "authentik_policies_password.passwordpolicy",
    AuthentikPoliciesReputationReputationpolicy =>
    "authentik_policies_reputation.reputationpolicy", AuthentikPoliciesPolicybinding =>
    "authentik_policies.policybinding", AuthentikProvidersLdapLdapprovider =>
    "authentik_providers_ldap.ldapprovider", AuthentikProvidersOauth2Scopemapping =>
    "authentik_providers_oauth2.scopemapping", AuthentikProvidersOauth2Oauth2provider =>
    "authentik_providers_oauth2.oauth2provider",
    AuthentikProvidersOauth2Oauth2dynamicclientregistration =>
    "authentik_providers_oauth2.oauth2dynamicclientregistration",
    AuthentikProvidersProxyProxyprovider => "authentik_providers_proxy.proxyprovider",
    AuthentikProvidersRacRacprovider => "authentik_providers_rac.racprovider",
    AuthentikProvidersRacEndpoint => "authentik_providers_rac.endpoint",
    AuthentikProvidersRacRacpropertymapping =>
    "authentik_providers_rac.racpropertymapping", AuthentikProvidersRadiusRadiusprovider
    => "authentik_providers_radius.radiusprovider",
    AuthentikProvidersRadiusRadiusproviderpropertymapping =>
    "authentik_providers_radius.radiusproviderpropertymapping",
    AuthentikProvidersSamlSamlprovider => "authentik_providers_saml.samlprovider",
    AuthentikProvidersSamlSamlpropertymapping =>
    "authentik_providers_saml.samlpropertymapping", AuthentikProvidersScimScimprovider =>
    "authentik_providers_scim.scimprovider", AuthentikProvidersScimScimmapping =>
    "authentik_providers_scim.scimmapping", AuthentikRbacRole => "authentik_rbac.role",
    AuthentikRbacInitialpermissions => "authentik_rbac.initialpermissions",
    AuthentikSourcesKerberosKerberossource =>
    "authentik_sources_kerberos.kerberossource",
    AuthentikSourcesKerberosKerberossourcepropertymapping =>
    "authentik_sources_kerberos.kerberossourcepropertymapping",
    AuthentikSourcesKerberosUserkerberossourceconnection =>
    "authentik_sources_kerberos.userkerberossourceconnection",
    AuthentikSourcesKerberosGroupkerberossourceconnection =>
    "authentik_sources_kerberos.groupkerberossourceconnection",
    AuthentikSourcesLdapLdapsource => "authentik_sources_ldap.ldapsource",
    AuthentikSourcesLdapLdapsourcepropertymapping =>
    "authentik_sources_ldap.ldapsourcepropertymapping",
    AuthentikSourcesLdapUserldapsourceconnection =>
    "authentik_sources_ldap.userldapsourceconnection",
    AuthentikSourcesLdapGroupldapsourceconnection =>
    "authentik_sources_ldap.groupldapsourceconnection", AuthentikSourcesOauthOauthsource
    => "authentik_sources_oauth.oauthsource",
    AuthentikSourcesOauthOauthsourcepropertymapping =>
    "authentik_sources_oauth.oauthsourcepropertymapping",
    AuthentikSourcesOauthUseroauthsourceconnection =>
    "authentik_sources_oauth.useroauthsourceconnection",
    AuthentikSourcesOauthGroupoauthsourceconnection =>
    "authentik_sources_oauth.groupoauthsourceconnection", AuthentikSourcesPlexPlexsource
    => "authentik_sources_plex.plexsource", AuthentikSourcesPlexPlexsourcepropertymapping
    => "authentik_sources_plex.plexsourcepropertymapping",
    AuthentikSourcesPlexUserplexsourceconnection =>
    "authentik_sources_plex.userplexsourceconnection",
    AuthentikSourcesPlexGroupplexsourceconnection =>
    "authentik_sources_plex.groupplexsourceconnection", AuthentikSourcesSamlSamlsource =>
    "authentik_sources_saml.samlsource", AuthentikSourcesSamlSamlsourcepropertymapping =>
    "authentik_sources_saml.samlsourcepropertymapping",
    AuthentikSourcesSamlUsersamlsourceconnection =>
    "authentik_sources_saml.usersamlsourceconnection",
    AuthentikSourcesSamlGroupsamlsourceconnection =>
    "authentik_sources_saml.groupsamlsourceconnection", AuthentikSourcesScimScimsource =>
    "authentik_sources_scim.scimsource", AuthentikSourcesScimScimsourcepropertymapping =>
    "authentik_sources_scim.scimsourcepropertymapping",
    AuthentikSourcesTelegramTelegramsource =>
    "authentik_sources_telegram.telegramsource",
    AuthentikSourcesTelegramTelegramsourcepropertymapping =>
    "authentik_sources_telegram.telegramsourcepropertymapping",
    AuthentikSourcesTelegramUsertelegramsourceconnection =>
    "authentik_sources_telegram.usertelegramsourceconnection",
    AuthentikSourcesTelegramGrouptelegramsourceconnection =>
    "authentik_sources_telegram.grouptelegramsourceconnection",
    AuthentikStagesAuthenticatorDuoAuthenticatorduostage =>
    "authentik_stages_authenticator_duo.authenticatorduostage",
    AuthentikStagesAuthenticatorDuoDuodevice =>
    "authentik_stages_authenticator_duo.duodevice",
    AuthentikStagesAuthenticatorEmailAuthenticatoremailstage =>
    "authentik_stages_authenticator_email.authenticatoremailstage",
    AuthentikStagesAuthenticatorEmailEmaildevice =>
    "authentik_stages_authenticator_email.emaildevice",
    AuthentikStagesAuthenticatorSmsAuthenticatorsmsstage =>
    "authentik_stages_authenticator_sms.authenticatorsmsstage",
    AuthentikStagesAuthenticatorSmsSmsdevice =>
    "authentik_stages_authenticator_sms.smsdevice",
    AuthentikStagesAuthenticatorStaticAuthenticatorstaticstage =>
    "authentik_stages_authenticator_static.authenticatorstaticstage",
    AuthentikStagesAuthenticatorStaticStaticdevice =>
    "authentik_stages_authenticator_static.staticdevice",
    AuthentikStagesAuthenticatorTotpAuthenticatortotpstage =>
    "authentik_stages_authenticator_totp.authenticatortotpstage",
    AuthentikStagesAuthenticatorTotpTotpdevice =>
    "authentik_stages_authenticator_totp.totpdevice",
    AuthentikStagesAuthenticatorValidateAuthenticatorvalidatestage =>
    "authentik_stages_authenticator_validate.authenticatorvalidatestage",
    AuthentikStagesAuthenticatorWebauthnAuthenticatorwebauthnstage =>
    "authentik_stages_authenticator_webauthn.authenticatorwebauthnstage",
    AuthentikStagesAuthenticatorWebauthnWebauthndevice =>
    "authentik_stages_authenticator_webauthn.webauthndevice",
    AuthentikStagesCaptchaCaptchastage => "authentik_stages_captcha.captchastage",
    AuthentikStagesConsentConsentstage => "authentik_stages_consent.consentstage",
    AuthentikStagesDenyDenystage => "authentik_stages_deny.denystage",
    AuthentikStagesDummyDummystage => "authentik_stages_dummy.dummystage",
    AuthentikStagesEmailEmailstage => "authentik_stages_email.emailstage",
    AuthentikStagesIdentificationIdentificationstage =>
    "authentik_stages_identification.identificationstage",
    AuthentikStagesInvitationInvitationstage =>
    "authentik_stages_invitation.invitationstage", AuthentikStagesInvitationInvitation =>
    "authentik_stages_invitation.invitation", AuthentikStagesPasswordPasswordstage =>
    "authentik_stages_password.passwordstage", AuthentikStagesPromptPrompt =>
    "authentik_stages_prompt.prompt", AuthentikStagesPromptPromptstage =>
    "authentik_stages_prompt.promptstage", AuthentikStagesRedirectRedirectstage =>
    "authentik_stages_redirect.redirectstage", AuthentikStagesUserDeleteUserdeletestage
    => "authentik_stages_user_delete.userdeletestage",
    AuthentikStagesUserLoginUserloginstage =>
    "authentik_stages_user_login.userloginstage",
    AuthentikStagesUserLogoutUserlogoutstage =>
    "authentik_stages_user_logout.userlogoutstage",
    AuthentikStagesUserWriteUserwritestage =>
    "authentik_stages_user_write.userwritestage", AuthentikTasksSchedulesSchedule =>
    "authentik_tasks_schedules.schedule", AuthentikBrandsBrand =>
    "authentik_brands.brand", AuthentikBlueprintsBlueprintinstance =>
    "authentik_blueprints.blueprintinstance", AuthentikAgentsAgent =>
    "authentik_agents.agent", AuthentikEndpointsConnectorsFleetFleetconnector =>
    "authentik_endpoints_connectors_fleet.fleetconnector",
    AuthentikEndpointsConnectorsGoogleChromeGooglechromeconnector =>
    "authentik_endpoints_connectors_google_chrome.googlechromeconnector",
    AuthentikLifecycleLifecyclerule => "authentik_lifecycle.lifecyclerule",
    AuthentikLifecycleLifecycleiteration => "authentik_lifecycle.lifecycleiteration",
    AuthentikLifecycleReview => "authentik_lifecycle.review",
    AuthentikLifecycleUseroffboarding => "authentik_lifecycle.useroffboarding",
    AuthentikPoliciesUniquePasswordUniquepasswordpolicy =>
    "authentik_policies_unique_password.uniquepasswordpolicy",
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovider =>
    "authentik_providers_google_workspace.googleworkspaceprovider",
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovidermapping =>
    "authentik_providers_google_workspace.googleworkspaceprovidermapping",
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovider =>
    "authentik_providers_microsoft_entra.microsoftentraprovider",
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovidermapping =>
    "authentik_providers_microsoft_entra.microsoftentraprovidermapping",
    AuthentikProvidersSsfSsfprovider => "authentik_providers_ssf.ssfprovider",
    AuthentikProvidersWsFederationWsfederationprovider =>
    "authentik_providers_ws_federation.wsfederationprovider", AuthentikReportsDataexport
    => "authentik_reports.dataexport", AuthentikRequestsRequestrulechildbinding =>
    "authentik_requests.requestrulechildbinding", AuthentikRequestsRequestrulebinding =>
    "authentik_requests.requestrulebinding", AuthentikRequestsRequestrule =>
    "authentik_requests.requestrule", AuthentikRequestsGrantrequest =>
    "authentik_requests.grantrequest", AuthentikStagesAccountLockdownAccountlockdownstage
    => "authentik_stages_account_lockdown.accountlockdownstage",
    AuthentikStagesAuthenticatorEndpointGdtcAuthenticatorendpointgdtcstage =>
    "authentik_stages_authenticator_endpoint_gdtc.authenticatorendpointgdtcstage",
    AuthentikStagesMtlsMutualtlsstage => "authentik_stages_mtls.mutualtlsstage",
    AuthentikStagesSourceSourcestage => "authentik_stages_source.sourcestage",
    AuthentikStagesConsentUserconsent => "authentik_stages_consent.userconsent", }
);

#[cfg(feature = "core")]
/// `modelRequest`
///
/// Selected by the `provider_model` property.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ModelRequest {
    GoogleWorkspaceProviderRequest(GoogleWorkspaceProviderRequest),
    LDAPProviderRequest(LDAPProviderRequest),
    MicrosoftEntraProviderRequest(MicrosoftEntraProviderRequest),
    OAuth2ProviderRequest(OAuth2ProviderRequest),
    ProxyProviderRequest(ProxyProviderRequest),
    RACProviderRequest(RACProviderRequest),
    RadiusProviderRequest(RadiusProviderRequest),
    SAMLProviderRequest(SAMLProviderRequest),
    SCIMProviderRequest(SCIMProviderRequest),
    SSFProviderRequest(SSFProviderRequest),
    WSFederationProviderRequest(WSFederationProviderRequest),
    /// A variant this version of the crate does not know, kept as raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "core")]
impl ::serde::Serialize for ModelRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Self::GoogleWorkspaceProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_google_workspace.googleworkspaceprovider",
                    value,
                )
            }
            Self::LDAPProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_ldap.ldapprovider",
                    value,
                )
            }
            Self::MicrosoftEntraProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_microsoft_entra.microsoftentraprovider",
                    value,
                )
            }
            Self::OAuth2ProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_oauth2.oauth2provider",
                    value,
                )
            }
            Self::ProxyProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_proxy.proxyprovider",
                    value,
                )
            }
            Self::RACProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_rac.racprovider",
                    value,
                )
            }
            Self::RadiusProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_radius.radiusprovider",
                    value,
                )
            }
            Self::SAMLProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_saml.samlprovider",
                    value,
                )
            }
            Self::SCIMProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_scim.scimprovider",
                    value,
                )
            }
            Self::SSFProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_ssf.ssfprovider",
                    value,
                )
            }
            Self::WSFederationProviderRequest(value) => {
                super::runtime::unions::serialize_tagged(
                    serializer,
                    "provider_model",
                    "authentik_providers_ws_federation.wsfederationprovider",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "core")]
impl<'de> ::serde::Deserialize<'de> for ModelRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        super::runtime::unions::deserialize(
            deserializer,
            |value| {
                match super::runtime::unions::tag_of(&value, "provider_model") {
                    Some(
                        "authentik_providers_google_workspace.googleworkspaceprovider",
                    ) => {
                        super::runtime::unions::variant(value)
                            .map(Self::GoogleWorkspaceProviderRequest)
                    }
                    Some("authentik_providers_ldap.ldapprovider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::LDAPProviderRequest)
                    }
                    Some(
                        "authentik_providers_microsoft_entra.microsoftentraprovider",
                    ) => {
                        super::runtime::unions::variant(value)
                            .map(Self::MicrosoftEntraProviderRequest)
                    }
                    Some("authentik_providers_oauth2.oauth2provider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::OAuth2ProviderRequest)
                    }
                    Some("authentik_providers_proxy.proxyprovider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::ProxyProviderRequest)
                    }
                    Some("authentik_providers_rac.racprovider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::RACProviderRequest)
                    }
                    Some("authentik_providers_radius.radiusprovider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::RadiusProviderRequest)
                    }
                    Some("authentik_providers_saml.samlprovider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::SAMLProviderRequest)
                    }
                    Some("authentik_providers_scim.scimprovider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::SCIMProviderRequest)
                    }
                    Some("authentik_providers_ssf.ssfprovider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::SSFProviderRequest)
                    }
                    Some("authentik_providers_ws_federation.wsfederationprovider") => {
                        super::runtime::unions::variant(value)
                            .map(Self::WSFederationProviderRequest)
                    }
                    _ => Ok(Self::Unknown(value)),
                }
            },
        )
    }
}
#[cfg(feature = "core")]
impl super::runtime::correct::FieldType for ModelRequest {
    const NULLABLE: bool = true;
    #[inline]
    fn zero() -> Option<Self> {
        Some(Self::Unknown(::serde_json::Value::Null))
    }
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// MutualTLSStage Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct MutualTLSStage {
        pub cert_attribute: CertAttributeEnum => 0 "cert_attribute" req,
        /// Configure certificate authorities to validate the certificate against. This option has a higher priority than the `client_certificate` option on `Brand`.
        pub certificate_authorities: Option<Vec<::uuid::Uuid>> => 1 "certificate_authorities" opt,
        /// Get object type so that we know how to edit the object
        pub component: String => 2 "component" req,
        /// Optional in 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 3 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        pub mode: StageModeEnum => 5 "mode" req,
        pub name: String => 6 "name" req,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        pub user_attribute: UserAttributeEnum => 8 "user_attribute" req,
        /// Return object's verbose_name
        pub verbose_name: String => 9 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 10 "verbose_name_plural" req,
    }
    required(
        0 cert_attribute, 2 component, 4 meta_model_name, 5 mode, 6 name, 7 pk, 8 user_attribute,
        9 verbose_name, 10 verbose_name_plural,
    )
    shapes(3 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// MutualTLSStage Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct MutualTLSStageRequest {
        pub cert_attribute: CertAttributeEnum => 0 "cert_attribute" req,
        /// Configure certificate authorities to validate the certificate against. This option has a higher priority than the `client_certificate` option on `Brand`.
        pub certificate_authorities: Option<Vec<::uuid::Uuid>> => 1 "certificate_authorities" opt,
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        pub mode: StageModeEnum => 3 "mode" req,
        pub name: String => 4 "name" req,
        pub user_attribute: UserAttributeEnum => 5 "user_attribute" req,
    }
    required(0 cert_attribute, 3 mode, 4 name, 5 user_attribute)
}

/// `NameIdPolicyEnum`
///
/// Until 2025.6.2 (removed in 2026.11.0-rc1).
#[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameIdPolicyEnum {
    /// `urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress`
    UrnOasisNamesTcSaml11NameidFormatEmailAddress,
    /// `urn:oasis:names:tc:SAML:2.0:nameid-format:persistent`
    UrnOasisNamesTcSaml20NameidFormatPersistent,
    /// `urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName`
    UrnOasisNamesTcSaml11NameidFormatX509SubjectName,
    /// `urn:oasis:names:tc:SAML:2.0:nameid-format:WindowsDomainQualifiedName`
    UrnOasisNamesTcSaml20NameidFormatWindowsDomainQualifiedName,
    /// `urn:oasis:names:tc:SAML:2.0:nameid-format:transient`
    UrnOasisNamesTcSaml20NameidFormatTransient,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
super::runtime::string_enum!(
    NameIdPolicyEnum, Unknown { UrnOasisNamesTcSaml11NameidFormatEmailAddress =>
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    UrnOasisNamesTcSaml20NameidFormatPersistent =>
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    UrnOasisNamesTcSaml11NameidFormatX509SubjectName =>
    "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName",
    UrnOasisNamesTcSaml20NameidFormatWindowsDomainQualifiedName =>
    "urn:oasis:names:tc:SAML:2.0:nameid-format:WindowsDomainQualifiedName",
    UrnOasisNamesTcSaml20NameidFormatTransient =>
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge for native browser logout
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct NativeLogoutChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub is_complete: Option<bool> => 2 "is_complete" opt,
        pub post_url: Option<String> => 3 "post_url" opt,
        pub provider_name: Option<String> => 4 "provider_name" opt,
        pub redirect_url: Option<String> => 5 "redirect_url" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 6 "response_errors" opt,
        pub saml_binding: Option<SAMLBindingsEnum> => 7 "saml_binding" opt,
        pub saml_relay_state: Option<String> => 8 "saml_relay_state" opt,
        pub saml_request: Option<String> => 9 "saml_request" opt,
        pub saml_response: Option<String> => 10 "saml_response" opt,
    }
    required()
    shapes(6 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Response for native browser logout
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct NativeLogoutChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `Network`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Network {
        pub firewall_enabled: Option<bool> => 0 "firewall_enabled" opt,
        pub gateway: Option<String> => 1 "gateway" opt,
        pub hostname: String => 2 "hostname" req,
        pub interfaces: Vec<NetworkInterface> => 3 "interfaces" req,
    }
    required(2 hostname, 3 interfaces)
    shapes(3 seq)
}

#[cfg(feature = "stages")]
/// `NetworkBindingEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NetworkBindingEnum {
    /// `no_binding`
    NoBinding,
    /// `bind_asn`
    BindAsn,
    /// `bind_asn_network`
    BindAsnNetwork,
    /// `bind_asn_network_ip`
    BindAsnNetworkIp,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    NetworkBindingEnum, Unknown { NoBinding => "no_binding", BindAsn => "bind_asn",
    BindAsnNetwork => "bind_asn_network", BindAsnNetworkIp => "bind_asn_network_ip", }
);

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `NetworkInterface`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct NetworkInterface {
        pub dns_servers: Option<Vec<String>> => 0 "dns_servers" opt,
        pub hardware_address: String => 1 "hardware_address" req,
        pub ip_addresses: Option<Vec<String>> => 2 "ip_addresses" opt,
        pub name: String => 3 "name" req,
    }
    required(1 hardware_address, 3 name)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `NetworkInterfaceRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct NetworkInterfaceRequest {
        pub dns_servers: Option<Vec<String>> => 0 "dns_servers" opt,
        pub hardware_address: String => 1 "hardware_address" req,
        pub ip_addresses: Option<Vec<String>> => 2 "ip_addresses" opt,
        pub name: String => 3 "name" req,
    }
    required(1 hardware_address, 3 name)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `NetworkRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct NetworkRequest {
        pub firewall_enabled: Option<bool> => 0 "firewall_enabled" opt,
        pub gateway: Option<String> => 1 "gateway" opt,
        pub hostname: String => 2 "hostname" req,
        pub interfaces: Vec<NetworkInterfaceRequest> => 3 "interfaces" req,
    }
    required(2 hostname, 3 interfaces)
    shapes(3 seq)
}

#[cfg(feature = "stages")]
/// `NotConfiguredActionEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NotConfiguredActionEnum {
    /// `skip`
    Skip,
    /// `deny`
    Deny,
    /// `configure`
    Configure,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    NotConfiguredActionEnum, Unknown { Skip => "skip", Deny => "deny", Configure =>
    "configure", }
);

#[cfg(feature = "events")]
super::runtime::object! {
    /// Notification Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Notification {
        pub body: String => 0 "body" req,
        pub created: super::runtime::DateTime => 1 "created" req,
        pub event: Option<Event> => 2 "event" opt,
        /// Since 2026.11.0-rc1.
        pub hyperlink: Option<Option<String>> => 3 "hyperlink" opt_null,
        /// Since 2026.11.0-rc1.
        pub hyperlink_label: Option<Option<String>> => 4 "hyperlink_label" opt_null,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        pub seen: Option<bool> => 6 "seen" opt,
        pub severity: SeverityEnum => 7 "severity" req,
    }
    required(0 body, 1 created, 5 pk, 7 severity)
}

#[cfg(feature = "requests")]
/// `NotificationModeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NotificationModeEnum {
    /// `all`
    All,
    /// `direct`
    Direct,
    /// `random_min_reviewers`
    RandomMinReviewers,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "requests")]
super::runtime::string_enum!(
    NotificationModeEnum, Unknown { All => "all", Direct => "direct", RandomMinReviewers
    => "random_min_reviewers", }
);

#[cfg(feature = "events")]
super::runtime::object! {
    /// Notification Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct NotificationRequest {
        pub event: Option<EventRequest> => 0 "event" opt,
        /// Since 2026.11.0-rc1.
        pub hyperlink: Option<Option<String>> => 1 "hyperlink" opt_null,
        /// Since 2026.11.0-rc1.
        pub hyperlink_label: Option<Option<String>> => 2 "hyperlink_label" opt_null,
        pub seen: Option<bool> => 3 "seen" opt,
    }
    required()
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// NotificationRule Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct NotificationRule {
        /// When enabled, notification will be sent to user the user that triggered the event.When destination_group is configured, notification is sent to both.
        ///
        /// Since 2025.6.2.
        pub destination_event_user: Option<bool> => 0 "destination_event_user" opt,
        /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
        ///
        /// Since 2025.6.2.
        pub destination_group: Option<Option<::uuid::Uuid>> => 1 "destination_group" opt_null,
        /// Since 2025.6.2.
        pub destination_group_obj: Option<Option<Group>> => 2 "destination_group_obj" opt_null,
        /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
        ///
        /// Until 2024.12.1 (removed in 2025.6.2).
        pub group: Option<Option<::uuid::Uuid>> => 3 "group" opt_null,
        /// Until 2024.12.1 (removed in 2025.6.2).
        pub group_obj: Option<Group> => 4 "group_obj" opt,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// Controls which severity level the created notifications will have.
        pub severity: Option<SeverityEnum> => 7 "severity" opt,
        /// Select which transports should be used to notify the user. If none are selected, the notification will only be shown in the authentik UI.
        pub transports: Option<Vec<::uuid::Uuid>> => 8 "transports" opt,
    }
    required(5 name, 6 pk)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// NotificationRule Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct NotificationRuleRequest {
        /// When enabled, notification will be sent to user the user that triggered the event.When destination_group is configured, notification is sent to both.
        ///
        /// Since 2025.6.2.
        pub destination_event_user: Option<bool> => 0 "destination_event_user" opt,
        /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
        ///
        /// Since 2025.6.2.
        pub destination_group: Option<Option<::uuid::Uuid>> => 1 "destination_group" opt_null,
        /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
        ///
        /// Until 2024.12.1 (removed in 2025.6.2).
        pub group: Option<Option<::uuid::Uuid>> => 2 "group" opt_null,
        pub name: String => 3 "name" req,
        /// Controls which severity level the created notifications will have.
        pub severity: Option<SeverityEnum> => 4 "severity" opt,
        /// Select which transports should be used to notify the user. If none are selected, the notification will only be shown in the authentik UI.
        pub transports: Option<Vec<::uuid::Uuid>> => 5 "transports" opt,
    }
    required(3 name)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// NotificationTransport Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct NotificationTransport {
        /// Since 2026.11.0-rc1.
        pub email_subject_prefix: Option<String> => 0 "email_subject_prefix" opt,
        /// Since 2026.11.0-rc1.
        pub email_template: Option<String> => 1 "email_template" opt,
        pub mode: Option<TransportModeEnum> => 2 "mode" opt,
        /// Return selected mode with a UI Label
        pub mode_verbose: String => 3 "mode_verbose" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Only send notification once, for example when sending a webhook into a chat channel.
        pub send_once: Option<bool> => 6 "send_once" opt,
        /// When set, the selected certificate is used to validate the certificate of the webhook server.
        ///
        /// Since 2026.11.0-rc1.
        pub webhook_ca: Option<Option<::uuid::Uuid>> => 7 "webhook_ca" opt_null,
        /// Until 2024.12.1 (removed in 2025.6.2).
        pub webhook_mapping: Option<Option<::uuid::Uuid>> => 8 "webhook_mapping" opt_null,
        /// Customize the body of the request. Mapping should return data that is JSON-serializable.
        ///
        /// Since 2025.6.2.
        pub webhook_mapping_body: Option<Option<::uuid::Uuid>> => 9 "webhook_mapping_body" opt_null,
        /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
        ///
        /// Since 2025.6.2.
        pub webhook_mapping_headers: Option<Option<::uuid::Uuid>> => 10 "webhook_mapping_headers" opt_null,
        pub webhook_url: Option<String> => 11 "webhook_url" opt,
    }
    required(3 mode_verbose, 4 name, 5 pk)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// NotificationTransport Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct NotificationTransportRequest {
        /// Since 2026.11.0-rc1.
        pub email_subject_prefix: Option<String> => 0 "email_subject_prefix" opt,
        /// Since 2026.11.0-rc1.
        pub email_template: Option<String> => 1 "email_template" opt,
        pub mode: Option<TransportModeEnum> => 2 "mode" opt,
        pub name: String => 3 "name" req,
        /// Only send notification once, for example when sending a webhook into a chat channel.
        pub send_once: Option<bool> => 4 "send_once" opt,
        /// When set, the selected certificate is used to validate the certificate of the webhook server.
        ///
        /// Since 2026.11.0-rc1.
        pub webhook_ca: Option<Option<::uuid::Uuid>> => 5 "webhook_ca" opt_null,
        /// Until 2024.12.1 (removed in 2025.6.2).
        pub webhook_mapping: Option<Option<::uuid::Uuid>> => 6 "webhook_mapping" opt_null,
        /// Customize the body of the request. Mapping should return data that is JSON-serializable.
        ///
        /// Since 2025.6.2.
        pub webhook_mapping_body: Option<Option<::uuid::Uuid>> => 7 "webhook_mapping_body" opt_null,
        /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
        ///
        /// Since 2025.6.2.
        pub webhook_mapping_headers: Option<Option<::uuid::Uuid>> => 8 "webhook_mapping_headers" opt_null,
        pub webhook_url: Option<String> => 9 "webhook_url" opt,
    }
    required(3 name)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Notification test serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct NotificationTransportTest {
        pub messages: Vec<String> => 0 "messages" req,
    }
    required(0 messages)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// NotificationWebhookMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct NotificationWebhookMapping {
        pub expression: String => 0 "expression" req,
        pub name: String => 1 "name" req,
        pub pk: ::uuid::Uuid => 2 "pk" req,
    }
    required(0 expression, 1 name, 2 pk)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// NotificationWebhookMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct NotificationWebhookMappingRequest {
        pub expression: String => 0 "expression" req,
        pub name: String => 1 "name" req,
    }
    required(0 expression, 1 name)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// Serializer for OAuth2DynamicClientRegistration
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuth2DynamicClientRegistration {
        /// Maximum access token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 0 "access_token_validity" opt,
        /// If empty, all grant types are allowed.
        pub allowed_grant_types: Option<Vec<GrantTypeEnum>> => 1 "allowed_grant_types" opt,
        /// Group to assign to automatically created applications.
        pub default_application_group: Option<String> => 2 "default_application_group" opt,
        /// Authorization flow applied to dynamically registered clients.
        pub override_authorization_flow: Option<Option<::uuid::Uuid>> => 3 "override_authorization_flow" opt_null,
        pub override_invalidation_flow: Option<Option<::uuid::Uuid>> => 4 "override_invalidation_flow" opt_null,
        /// Scope mappings applied to dynamically registered clients.
        pub override_property_mappings: Option<Vec<::uuid::Uuid>> => 5 "override_property_mappings" opt,
        pub pbm_uuid: ::uuid::Uuid => 6 "pbm_uuid" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 7 "policy_engine_mode" opt,
        pub provider: i64 => 8 "provider" req,
        /// Maximum refresh token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 9 "refresh_token_validity" opt,
    }
    required(6 pbm_uuid, 8 provider)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// Serializer for OAuth2DynamicClientRegistration
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuth2DynamicClientRegistrationRequest {
        /// Maximum access token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 0 "access_token_validity" opt,
        /// If empty, all grant types are allowed.
        pub allowed_grant_types: Option<Vec<GrantTypeEnum>> => 1 "allowed_grant_types" opt,
        /// Group to assign to automatically created applications.
        pub default_application_group: Option<String> => 2 "default_application_group" opt,
        /// Authorization flow applied to dynamically registered clients.
        pub override_authorization_flow: Option<Option<::uuid::Uuid>> => 3 "override_authorization_flow" opt_null,
        pub override_invalidation_flow: Option<Option<::uuid::Uuid>> => 4 "override_invalidation_flow" opt_null,
        /// Scope mappings applied to dynamically registered clients.
        pub override_property_mappings: Option<Vec<::uuid::Uuid>> => 5 "override_property_mappings" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 6 "policy_engine_mode" opt,
        pub provider: i64 => 7 "provider" req,
        /// Maximum refresh token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 8 "refresh_token_validity" opt,
    }
    required(7 provider)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// OAuth2Provider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuth2Provider {
        /// Access codes not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_code_validity: Option<String> => 0 "access_code_validity" opt,
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 1 "access_token_validity" opt,
        /// Application's display Name.
        pub assigned_application_name: Option<String> => 2 "assigned_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: Option<String> => 3 "assigned_application_slug" nullable,
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 4 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 5 "assigned_backchannel_application_slug" nullable,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 6 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 7 "authorization_flow" req,
        pub client_id: Option<String> => 8 "client_id" opt,
        pub client_secret: Option<String> => 9 "client_secret" opt,
        /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
        pub client_type: Option<ClientTypeEnum> => 10 "client_type" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 11 "component" req,
        /// Key used to encrypt the tokens. When set, tokens will be encrypted and returned as JWEs.
        pub encryption_key: Option<Option<::uuid::Uuid>> => 12 "encryption_key" opt_null,
        /// Since 2026.11.0-rc1.
        pub grant_types: Option<Vec<GrantTypeEnum>> => 13 "grant_types" opt,
        /// Include User claims from scopes in the id_token, for applications that don't access the userinfo endpoint.
        pub include_claims_in_id_token: Option<bool> => 14 "include_claims_in_id_token" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 15 "invalidation_flow" req,
        /// Configure how the issuer field of the ID Token should be filled.
        pub issuer_mode: Option<IssuerModeEnum> => 16 "issuer_mode" opt,
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub jwks_sources: Option<Vec<::uuid::Uuid>> => 17 "jwks_sources" opt,
        /// Since 2024.12.1.
        pub jwt_federation_providers: Option<Vec<i64>> => 18 "jwt_federation_providers" opt,
        /// Since 2024.12.1.
        pub jwt_federation_sources: Option<Vec<::uuid::Uuid>> => 19 "jwt_federation_sources" opt,
        /// Backchannel logs out with server to server calls. Frontchannel uses iframes in your browser
        ///
        /// Since 2026.11.0-rc1.
        pub logout_method: Option<OAuth2ProviderLogoutMethodEnum> => 20 "logout_method" opt,
        /// Since 2026.11.0-rc1.
        pub logout_uri: Option<String> => 21 "logout_uri" opt,
        /// Return internal model name
        pub meta_model_name: String => 22 "meta_model_name" req,
        pub name: String => 23 "name" req,
        pub pk: i64 => 24 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 25 "property_mappings" opt,
        /// Optional in 2024.8.3.
        /// A newline-separated string before 2024.12.1: read in either form, written as a string for older servers.
        pub redirect_uris: Option<Vec<RedirectURI>> => 26 "redirect_uris" urls_opt("2024.12.1"),
        /// When refreshing a token, if the refresh token is valid for less than this duration, it will be renewed. When set to seconds=0, token will always be renewed. (Format: hours=1;minutes=2;seconds=3).
        ///
        /// Since 2026.11.0-rc1.
        pub refresh_token_threshold: Option<String> => 27 "refresh_token_threshold" opt,
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 28 "refresh_token_validity" opt,
        /// Key used to sign the tokens.
        pub signing_key: Option<Option<::uuid::Uuid>> => 29 "signing_key" opt_null,
        /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
        pub sub_mode: Option<SubModeEnum> => 30 "sub_mode" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 31 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 32 "verbose_name_plural" req,
    }
    required(
        7 authorization_flow, 11 component, 15 invalidation_flow, 22 meta_model_name, 23 name,
        24 pk, 31 verbose_name, 32 verbose_name_plural,
    )
    shapes(26 seq)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `OAuth2ProviderLogoutMethodEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuth2ProviderLogoutMethodEnum {
    /// `backchannel`
    Backchannel,
    /// `frontchannel`
    Frontchannel,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    OAuth2ProviderLogoutMethodEnum, Unknown { Backchannel => "backchannel", Frontchannel
    => "frontchannel", }
);

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// OAuth2Provider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuth2ProviderRequest {
        /// Access codes not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_code_validity: Option<String> => 0 "access_code_validity" opt,
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 1 "access_token_validity" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 3 "authorization_flow" req,
        pub client_id: Option<String> => 4 "client_id" opt,
        pub client_secret: Option<String> => 5 "client_secret" opt,
        /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
        pub client_type: Option<ClientTypeEnum> => 6 "client_type" opt,
        /// Key used to encrypt the tokens. When set, tokens will be encrypted and returned as JWEs.
        pub encryption_key: Option<Option<::uuid::Uuid>> => 7 "encryption_key" opt_null,
        /// Since 2026.11.0-rc1.
        pub grant_types: Option<Vec<GrantTypeEnum>> => 8 "grant_types" opt,
        /// Include User claims from scopes in the id_token, for applications that don't access the userinfo endpoint.
        pub include_claims_in_id_token: Option<bool> => 9 "include_claims_in_id_token" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 10 "invalidation_flow" req,
        /// Configure how the issuer field of the ID Token should be filled.
        pub issuer_mode: Option<IssuerModeEnum> => 11 "issuer_mode" opt,
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub jwks_sources: Option<Vec<::uuid::Uuid>> => 12 "jwks_sources" opt,
        /// Since 2024.12.1.
        pub jwt_federation_providers: Option<Vec<i64>> => 13 "jwt_federation_providers" opt,
        /// Since 2024.12.1.
        pub jwt_federation_sources: Option<Vec<::uuid::Uuid>> => 14 "jwt_federation_sources" opt,
        /// Backchannel logs out with server to server calls. Frontchannel uses iframes in your browser
        ///
        /// Since 2026.11.0-rc1.
        pub logout_method: Option<OAuth2ProviderLogoutMethodEnum> => 15 "logout_method" opt,
        /// Since 2026.11.0-rc1.
        pub logout_uri: Option<String> => 16 "logout_uri" opt,
        pub name: String => 17 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 18 "property_mappings" opt,
        /// Optional in 2024.8.3.
        /// A newline-separated string before 2024.12.1: read in either form, written as a string for older servers.
        pub redirect_uris: Option<Vec<RedirectURIRequest>> => 19 "redirect_uris" urls_opt("2024.12.1"),
        /// When refreshing a token, if the refresh token is valid for less than this duration, it will be renewed. When set to seconds=0, token will always be renewed. (Format: hours=1;minutes=2;seconds=3).
        ///
        /// Since 2026.11.0-rc1.
        pub refresh_token_threshold: Option<String> => 20 "refresh_token_threshold" opt,
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 21 "refresh_token_validity" opt,
        /// Key used to sign the tokens.
        pub signing_key: Option<Option<::uuid::Uuid>> => 22 "signing_key" opt_null,
        /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
        pub sub_mode: Option<SubModeEnum> => 23 "sub_mode" opt,
    }
    required(3 authorization_flow, 10 invalidation_flow, 17 name)
    shapes(19 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// OAuth2 Provider Metadata serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuth2ProviderSetupURLs {
        pub authorize: String => 0 "authorize" req,
        /// Since 2026.11.0-rc1.
        pub dcr_registration: Option<Option<String>> => 1 "dcr_registration" opt_null,
        pub issuer: String => 2 "issuer" req,
        pub jwks: String => 3 "jwks" req,
        pub logout: String => 4 "logout" req,
        pub provider_info: String => 5 "provider_info" req,
        pub token: String => 6 "token" req,
        pub user_info: String => 7 "user_info" req,
    }
    required(0 authorize, 2 issuer, 3 jwks, 4 logout, 5 provider_info, 6 token, 7 user_info)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// OAuth Device code challenge
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct OAuthDeviceCodeChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 2 "response_errors" opt,
    }
    required()
    shapes(2 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Response that includes the user-entered device code
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuthDeviceCodeChallengeResponseRequest {
        /// Was `integer(i64)` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
        pub code: super::runtime::compat::Versioned<String> => 0 "code" req,
        pub component: Option<String> => 1 "component" opt,
    }
    required(0 code)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Final challenge after user enters their code
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct OAuthDeviceCodeFinishChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 2 "response_errors" opt,
    }
    required()
    shapes(2 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Response that device has been authenticated and tab can be closed
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct OAuthDeviceCodeFinishChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// OAuth Source Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuthSource {
        /// URL used by authentik to retrieve tokens.
        pub access_token_url: Option<Option<String>> => 0 "access_token_url" opt_null,
        pub additional_scopes: Option<String> => 1 "additional_scopes" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// How to perform authentication during an authorization_code token request flow
        ///
        /// Since 2025.6.2.
        pub authorization_code_auth_method: Option<AuthorizationCodeAuthMethodEnum> => 3 "authorization_code_auth_method" opt,
        /// URL the user is redirect to to conest the flow.
        pub authorization_url: Option<Option<String>> => 4 "authorization_url" opt_null,
        /// Get OAuth Callback URL
        pub callback_url: String => 5 "callback_url" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 6 "component" req,
        pub consumer_key: String => 7 "consumer_key" req,
        pub enabled: Option<bool> => 8 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 9 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 10 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 11 "group_property_mappings" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub icon: Option<Option<String>> => 12 "icon" opt_null,
        /// Since 2026.11.0-rc1.
        pub icon_themed_urls: Option<Option<ThemedUrls>> => 13 "icon_themed_urls" opt_null,
        /// Since 2026.11.0-rc1.
        pub icon_url: Option<Option<String>> => 14 "icon_url" opt_null,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 15 "managed" nullable,
        /// Return internal model name
        pub meta_model_name: String => 16 "meta_model_name" req,
        /// Source's display Name.
        pub name: String => 17 "name" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub oidc_jwks: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 18 "oidc_jwks" opt_null,
        pub oidc_jwks_url: Option<String> => 19 "oidc_jwks_url" opt,
        pub oidc_well_known_url: Option<String> => 20 "oidc_well_known_url" opt,
        pub pk: ::uuid::Uuid => 21 "pk" req,
        /// Since 2026.11.0-rc1.
        pub pkce: Option<PKCEMethodEnum> => 22 "pkce" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 23 "policy_engine_mode" opt,
        /// URL used by authentik to get user information.
        pub profile_url: Option<Option<String>> => 24 "profile_url" opt_null,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 25 "promoted" opt,
        pub provider_type: ProviderTypeEnum => 26 "provider_type" req,
        /// URL used to request the initial token. This URL is only required for OAuth 1.
        pub request_token_url: Option<Option<String>> => 27 "request_token_url" opt_null,
        /// Internal source name, used in URLs.
        pub slug: String => 28 "slug" req,
        pub r#type: SourceType => 29 "type" req,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 30 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 31 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 32 "user_property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 33 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 34 "verbose_name_plural" req,
    }
    required(
        5 callback_url, 6 component, 7 consumer_key, 16 meta_model_name, 17 name, 21 pk,
        26 provider_type, 28 slug, 29 r#type, 33 verbose_name, 34 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// OAuthSourcePropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuthSourcePropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// OAuthSourcePropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuthSourcePropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// OAuth Source Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct OAuthSourceRequest {
        /// URL used by authentik to retrieve tokens.
        pub access_token_url: Option<Option<String>> => 0 "access_token_url" opt_null,
        pub additional_scopes: Option<String> => 1 "additional_scopes" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// How to perform authentication during an authorization_code token request flow
        ///
        /// Since 2025.6.2.
        pub authorization_code_auth_method: Option<AuthorizationCodeAuthMethodEnum> => 3 "authorization_code_auth_method" opt,
        /// URL the user is redirect to to conest the flow.
        pub authorization_url: Option<Option<String>> => 4 "authorization_url" opt_null,
        pub consumer_key: String => 5 "consumer_key" req,
        pub consumer_secret: String => 6 "consumer_secret" req,
        pub enabled: Option<bool> => 7 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 8 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 9 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 10 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 11 "icon" opt,
        /// Source's display Name.
        pub name: String => 12 "name" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub oidc_jwks: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 13 "oidc_jwks" opt_null,
        pub oidc_jwks_url: Option<String> => 14 "oidc_jwks_url" opt,
        pub oidc_well_known_url: Option<String> => 15 "oidc_well_known_url" opt,
        /// Since 2026.11.0-rc1.
        pub pkce: Option<PKCEMethodEnum> => 16 "pkce" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 17 "policy_engine_mode" opt,
        /// URL used by authentik to get user information.
        pub profile_url: Option<Option<String>> => 18 "profile_url" opt_null,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 19 "promoted" opt,
        pub provider_type: ProviderTypeEnum => 20 "provider_type" req,
        /// URL used to request the initial token. This URL is only required for OAuth 1.
        pub request_token_url: Option<Option<String>> => 21 "request_token_url" opt_null,
        /// Internal source name, used in URLs.
        pub slug: String => 22 "slug" req,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 23 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 24 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 25 "user_property_mappings" opt,
    }
    required(5 consumer_key, 6 consumer_secret, 12 name, 20 provider_type, 22 slug)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `ObjectAttribute`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ObjectAttribute {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub enabled: Option<bool> => 1 "enabled" opt,
        pub group: Option<String> => 2 "group" opt,
        pub is_required: Option<bool> => 3 "is_required" opt,
        pub is_unique: Option<bool> => 4 "is_unique" opt,
        pub key: String => 5 "key" req,
        pub label: String => 6 "label" req,
        pub last_updated: super::runtime::DateTime => 7 "last_updated" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 8 "managed" opt_null,
        pub object_type: String => 9 "object_type" req,
        pub object_type_obj: ContentType => 10 "object_type_obj" req,
        pub pk: ::uuid::Uuid => 11 "pk" req,
        pub regex: Option<String> => 12 "regex" opt,
        pub r#type: ObjectAttributeTypeEnum => 13 "type" req,
    }
    required(
        0 created, 5 key, 6 label, 7 last_updated, 9 object_type, 10 object_type_obj, 11 pk,
        13 r#type,
    )
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `ObjectAttributeRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ObjectAttributeRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        pub group: Option<String> => 1 "group" opt,
        pub is_required: Option<bool> => 2 "is_required" opt,
        pub is_unique: Option<bool> => 3 "is_unique" opt,
        pub key: String => 4 "key" req,
        pub label: String => 5 "label" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 6 "managed" opt_null,
        pub object_type: String => 7 "object_type" req,
        pub regex: Option<String> => 8 "regex" opt,
        pub r#type: ObjectAttributeTypeEnum => 9 "type" req,
    }
    required(4 key, 5 label, 7 object_type, 9 r#type)
}

#[cfg(feature = "core")]
/// `ObjectAttributeTypeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ObjectAttributeTypeEnum {
    /// `text`
    Text,
    /// `number`
    Number,
    /// `boolean`
    Boolean,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "core")]
super::runtime::string_enum!(
    ObjectAttributeTypeEnum, Unknown { Text => "text", Number => "number", Boolean =>
    "boolean", }
);

#[cfg(feature = "lifecycle")]
/// `OffboardingActionEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OffboardingActionEnum {
    /// `deactivate`
    Deactivate,
    /// `delete`
    Delete,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "lifecycle")]
super::runtime::string_enum!(
    OffboardingActionEnum, Unknown { Deactivate => "deactivate", Delete => "delete", }
);

#[cfg(feature = "lifecycle")]
/// `OffboardingStatusEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OffboardingStatusEnum {
    /// `pending`
    Pending,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `canceled`
    Canceled,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "lifecycle")]
super::runtime::string_enum!(
    OffboardingStatusEnum, Unknown { Pending => "pending", Completed => "completed",
    Failed => "failed", Canceled => "canceled", }
);

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// rest_framework Serializer for OIDC Configuration
    #[derive(Clone, Debug, PartialEq)]
    pub struct OpenIDConnectConfiguration {
        pub authorization_endpoint: String => 0 "authorization_endpoint" req,
        pub end_session_endpoint: String => 1 "end_session_endpoint" req,
        pub id_token_signing_alg_values_supported: Vec<String> => 2 "id_token_signing_alg_values_supported" req,
        pub introspection_endpoint: String => 3 "introspection_endpoint" req,
        pub issuer: String => 4 "issuer" req,
        pub jwks_uri: String => 5 "jwks_uri" req,
        pub response_types_supported: Vec<String> => 6 "response_types_supported" req,
        pub subject_types_supported: Vec<String> => 7 "subject_types_supported" req,
        pub token_endpoint: String => 8 "token_endpoint" req,
        pub token_endpoint_auth_methods_supported: Vec<String> => 9 "token_endpoint_auth_methods_supported" req,
        pub userinfo_endpoint: String => 10 "userinfo_endpoint" req,
    }
    required(
        0 authorization_endpoint, 1 end_session_endpoint, 2 id_token_signing_alg_values_supported,
        3 introspection_endpoint, 4 issuer, 5 jwks_uri, 6 response_types_supported,
        7 subject_types_supported, 8 token_endpoint, 9 token_endpoint_auth_methods_supported,
        10 userinfo_endpoint,
    )
    zero(required)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// For example:
    /// {"family":"linux","name":"Ubuntu","version":"24.04.3 LTS (Noble Numbat)","arch":"amd64"}
    /// {"family": "windows","name":"Server 2022 Datacenter","version":"10.0.20348.4405","arch":"amd64"}
    /// {"family": "windows","name":"Server 2022 Datacenter","version":"10.0.20348.4405","arch":"amd64"}
    /// {"family": "mac_os", "name": "", "version": "26.2", "arch": "arm64"}
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OperatingSystem {
        pub arch: Option<String> => 0 "arch" opt,
        pub family: DeviceFactsOSFamily => 1 "family" req,
        /// Operating System name, such as 'Server 2022' or 'Ubuntu'
        pub name: Option<String> => 2 "name" opt,
        /// Operating System version, must always be the version number but may contain build name
        pub version: Option<String> => 3 "version" opt,
    }
    required(1 family)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// For example:
    /// {"family":"linux","name":"Ubuntu","version":"24.04.3 LTS (Noble Numbat)","arch":"amd64"}
    /// {"family": "windows","name":"Server 2022 Datacenter","version":"10.0.20348.4405","arch":"amd64"}
    /// {"family": "windows","name":"Server 2022 Datacenter","version":"10.0.20348.4405","arch":"amd64"}
    /// {"family": "mac_os", "name": "", "version": "26.2", "arch": "arm64"}
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OperatingSystemRequest {
        pub arch: Option<String> => 0 "arch" opt,
        pub family: DeviceFactsOSFamily => 1 "family" req,
        /// Operating System name, such as 'Server 2022' or 'Ubuntu'
        pub name: Option<String> => 2 "name" opt,
        /// Operating System version, must always be the version number but may contain build name
        pub version: Option<String> => 3 "version" opt,
    }
    required(1 family)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `OutgoingSyncDeleteAction`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutgoingSyncDeleteAction {
    /// `do_nothing`
    DoNothing,
    /// `delete`
    Delete,
    /// `suspend`
    Suspend,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    OutgoingSyncDeleteAction, Unknown { DoNothing => "do_nothing", Delete => "delete",
    Suspend => "suspend", }
);

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Outpost Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Outpost {
        pub config: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "config" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
        pub pk: ::uuid::Uuid => 3 "pk" req,
        pub providers: Vec<i64> => 4 "providers" req,
        pub providers_obj: Vec<Provider> => 5 "providers_obj" req,
        pub refresh_interval_s: i64 => 6 "refresh_interval_s" req,
        /// Select Service-Connection authentik should use to manage this outpost. Leave empty if authentik should not handle the deployment.
        pub service_connection: Option<Option<::uuid::Uuid>> => 7 "service_connection" opt_null,
        pub service_connection_obj: Option<ServiceConnection> => 8 "service_connection_obj" nullable,
        /// Get Token identifier
        pub token_identifier: String => 9 "token_identifier" req,
        pub r#type: OutpostTypeEnum => 10 "type" req,
    }
    required(
        0 config, 2 name, 3 pk, 4 providers, 5 providers_obj, 6 refresh_interval_s,
        9 token_identifier, 10 r#type,
    )
    shapes(5 seq)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Global default outpost config
    #[derive(Clone, Debug, PartialEq)]
    pub struct OutpostDefaultConfig {
        pub config: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "config" req,
    }
    required(0 config)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Outpost health status
    #[derive(Clone, Debug, PartialEq)]
    pub struct OutpostHealth {
        pub build_hash: String => 0 "build_hash" req,
        pub build_hash_should: String => 1 "build_hash_should" req,
        /// Get FIPS enabled
        pub fips_enabled: Option<bool> => 2 "fips_enabled" nullable,
        pub golang_version: String => 3 "golang_version" req,
        pub hostname: String => 4 "hostname" req,
        pub last_seen: super::runtime::DateTime => 5 "last_seen" req,
        pub openssl_enabled: bool => 6 "openssl_enabled" req,
        pub openssl_version: String => 7 "openssl_version" req,
        pub uid: String => 8 "uid" req,
        pub version: String => 9 "version" req,
        pub version_outdated: bool => 10 "version_outdated" req,
        pub version_should: String => 11 "version_should" req,
    }
    required(
        0 build_hash, 1 build_hash_should, 3 golang_version, 4 hostname, 5 last_seen,
        6 openssl_enabled, 7 openssl_version, 8 uid, 9 version, 10 version_outdated,
        11 version_should,
    )
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Outpost Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct OutpostRequest {
        pub config: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "config" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
        pub providers: Vec<i64> => 3 "providers" req,
        /// Select Service-Connection authentik should use to manage this outpost. Leave empty if authentik should not handle the deployment.
        pub service_connection: Option<Option<::uuid::Uuid>> => 4 "service_connection" opt_null,
        pub r#type: OutpostTypeEnum => 5 "type" req,
    }
    required(0 config, 2 name, 3 providers, 5 r#type)
}

#[cfg(feature = "outposts")]
/// `OutpostTypeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutpostTypeEnum {
    /// `proxy`
    Proxy,
    /// `ldap`
    Ldap,
    /// `radius`
    Radius,
    /// `rac`
    Rac,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "outposts")]
super::runtime::string_enum!(
    OutpostTypeEnum, Unknown { Proxy => "proxy", Ldap => "ldap", Radius => "radius", Rac
    => "rac", }
);

#[cfg(feature = "sources")]
/// `PKCEMethodEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PKCEMethodEnum {
    /// `none`
    None,
    /// `plain`
    Plain,
    /// `S256`
    S256,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "sources")]
super::runtime::string_enum!(
    PKCEMethodEnum, Unknown { None => "none", Plain => "plain", S256 => "S256", }
);

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAccountLockdownStageList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAccountLockdownStageList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AccountLockdownStage> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedAgentConnectorList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAgentConnectorList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AgentConnector> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "agents")]
super::runtime::object! {
    /// `PaginatedAgentList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAgentList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Agent> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedAppleIndependentSecureEnclaveList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAppleIndependentSecureEnclaveList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AppleIndependentSecureEnclave> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedApplicationEntitlementList`
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedApplicationEntitlementList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ApplicationEntitlement> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedApplicationList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedApplicationList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Application> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedAuthenticatedSessionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatedSessionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatedSession> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAuthenticatorDuoStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatorDuoStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatorDuoStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAuthenticatorEmailStageList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatorEmailStageList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatorEmailStage> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAuthenticatorEndpointGDTCStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatorEndpointGDTCStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatorEndpointGDTCStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAuthenticatorSMSStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatorSMSStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatorSMSStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAuthenticatorStaticStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatorStaticStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatorStaticStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAuthenticatorTOTPStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatorTOTPStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatorTOTPStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAuthenticatorValidateStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatorValidateStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatorValidateStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedAuthenticatorWebAuthnStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedAuthenticatorWebAuthnStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<AuthenticatorWebAuthnStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "managed")]
super::runtime::object! {
    /// `PaginatedBlueprintInstanceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedBlueprintInstanceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<BlueprintInstance> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedBrandList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedBrandList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Brand> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedCaptchaStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedCaptchaStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<CaptchaStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "crypto")]
super::runtime::object! {
    /// `PaginatedCertificateKeyPairList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedCertificateKeyPairList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<CertificateKeyPair> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rac")]
super::runtime::object! {
    /// `PaginatedConnectionTokenList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedConnectionTokenList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ConnectionToken> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedConnectorList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedConnectorList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Connector> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedConsentStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedConsentStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ConsentStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "reports")]
super::runtime::object! {
    /// `PaginatedDataExportList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDataExportList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<DataExport> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedDenyStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDenyStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<DenyStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedDeviceAccessGroupList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDeviceAccessGroupList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<DeviceAccessGroup> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedDeviceUserBindingList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDeviceUserBindingList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<DeviceUserBinding> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// `PaginatedDockerServiceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDockerServiceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<DockerServiceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// `PaginatedDomainList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDomainList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Domain> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedDummyPolicyList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDummyPolicyList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<DummyPolicy> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedDummyStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDummyStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<DummyStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// `PaginatedDuoDeviceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedDuoDeviceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<DuoDevice> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// `PaginatedEmailDeviceList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedEmailDeviceList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<EmailDevice> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedEmailStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedEmailStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<EmailStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedEndpointDeviceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedEndpointDeviceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<EndpointDevice> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rac")]
super::runtime::object! {
    /// `PaginatedEndpointList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedEndpointList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Endpoint> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedEndpointStageList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedEndpointStageList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<EndpointStage> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedEnrollmentTokenList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedEnrollmentTokenList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<EnrollmentToken> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// `PaginatedEventList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedEventList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Event> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedEventMatcherPolicyList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedEventMatcherPolicyList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<EventMatcherPolicy> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "oauth2")]
super::runtime::object! {
    /// `PaginatedExpiringBaseGrantModelList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedExpiringBaseGrantModelList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ExpiringBaseGrantModel> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedExpressionPolicyList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedExpressionPolicyList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ExpressionPolicy> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// `PaginatedExtraRoleObjectPermissionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedExtraRoleObjectPermissionList {
        /// Since 2026.11.0-rc1.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ExtraRoleObjectPermission> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// `PaginatedExtraUserObjectPermissionList`
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedExtraUserObjectPermissionList {
        pub pagination: Pagination => 0 "pagination" req,
        pub results: Vec<ExtraUserObjectPermission> => 1 "results" req,
    }
    required(0 pagination, 1 results)
    shapes(1 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedFleetConnectorList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedFleetConnectorList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<FleetConnector> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// `PaginatedFlowList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedFlowList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Flow> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// `PaginatedFlowStageBindingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedFlowStageBindingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<FlowStageBinding> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedGeoIPPolicyList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGeoIPPolicyList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GeoIPPolicy> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PaginatedGoogleChromeConnectorList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGoogleChromeConnectorList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GoogleChromeConnector> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// `PaginatedGoogleEndpointDeviceList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGoogleEndpointDeviceList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GoogleEndpointDevice> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedGoogleWorkspaceProviderGroupList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGoogleWorkspaceProviderGroupList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GoogleWorkspaceProviderGroup> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedGoogleWorkspaceProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGoogleWorkspaceProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GoogleWorkspaceProvider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedGoogleWorkspaceProviderMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGoogleWorkspaceProviderMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GoogleWorkspaceProviderMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedGoogleWorkspaceProviderUserList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGoogleWorkspaceProviderUserList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GoogleWorkspaceProviderUser> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// `PaginatedGrantRequestList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGrantRequestList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GrantRequest> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedGroupKerberosSourceConnectionList`
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGroupKerberosSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GroupKerberosSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedGroupLDAPSourceConnectionList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGroupLDAPSourceConnectionList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GroupLDAPSourceConnection> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedGroupList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGroupList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Group> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedGroupOAuthSourceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGroupOAuthSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GroupOAuthSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedGroupPlexSourceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGroupPlexSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GroupPlexSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedGroupSAMLSourceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGroupSAMLSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GroupSAMLSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedGroupSourceConnectionList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGroupSourceConnectionList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GroupSourceConnection> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedGroupTelegramSourceConnectionList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedGroupTelegramSourceConnectionList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<GroupTelegramSourceConnection> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedIdentificationStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedIdentificationStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<IdentificationStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// `PaginatedInitialPermissionsList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedInitialPermissionsList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<InitialPermissions> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedInvitationList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedInvitationList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Invitation> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedInvitationStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedInvitationStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<InvitationStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedKerberosSourceList`
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedKerberosSourceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<KerberosSource> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedKerberosSourcePropertyMappingList`
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedKerberosSourcePropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<KerberosSourcePropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// `PaginatedKubernetesServiceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedKubernetesServiceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<KubernetesServiceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// `PaginatedLDAPOutpostConfigList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedLDAPOutpostConfigList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<LDAPOutpostConfig> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedLDAPProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedLDAPProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<LDAPProvider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedLDAPSourceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedLDAPSourceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<LDAPSource> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedLDAPSourcePropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedLDAPSourcePropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<LDAPSourcePropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "enterprise")]
super::runtime::object! {
    /// `PaginatedLicenseList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedLicenseList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<License> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// `PaginatedLifecycleIterationList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedLifecycleIterationList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<LifecycleIteration> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// `PaginatedLifecycleRuleList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedLifecycleRuleList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<LifecycleRule> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedMicrosoftEntraProviderGroupList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedMicrosoftEntraProviderGroupList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<MicrosoftEntraProviderGroup> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedMicrosoftEntraProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedMicrosoftEntraProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<MicrosoftEntraProvider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedMicrosoftEntraProviderMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedMicrosoftEntraProviderMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<MicrosoftEntraProviderMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedMicrosoftEntraProviderUserList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedMicrosoftEntraProviderUserList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<MicrosoftEntraProviderUser> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedMutualTLSStageList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedMutualTLSStageList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<MutualTLSStage> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// `PaginatedNotificationList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedNotificationList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Notification> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// `PaginatedNotificationRuleList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedNotificationRuleList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<NotificationRule> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// `PaginatedNotificationTransportList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedNotificationTransportList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<NotificationTransport> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedNotificationWebhookMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedNotificationWebhookMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<NotificationWebhookMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedOAuth2DynamicClientRegistrationList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedOAuth2DynamicClientRegistrationList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<OAuth2DynamicClientRegistration> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedOAuth2ProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedOAuth2ProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<OAuth2Provider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedOAuthSourceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedOAuthSourceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<OAuthSource> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedOAuthSourcePropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedOAuthSourcePropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<OAuthSourcePropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedObjectAttributeList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedObjectAttributeList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ObjectAttribute> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// `PaginatedOutpostList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedOutpostList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Outpost> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedPasswordExpiryPolicyList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPasswordExpiryPolicyList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<PasswordExpiryPolicy> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedPasswordPolicyList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPasswordPolicyList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<PasswordPolicy> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedPasswordStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPasswordStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<PasswordStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// `PaginatedPermissionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPermissionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Permission> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedPlexSourceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPlexSourceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<PlexSource> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedPlexSourcePropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPlexSourcePropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<PlexSourcePropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedPolicyBindingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPolicyBindingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<PolicyBinding> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedPolicyList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPolicyList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Policy> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedPromptList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPromptList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Prompt> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedPromptStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPromptStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<PromptStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedPropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedPropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<PropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Provider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// `PaginatedProxyOutpostConfigList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedProxyOutpostConfigList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ProxyOutpostConfig> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedProxyProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedProxyProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ProxyProvider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedRACPropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRACPropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RACPropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedRACProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRACProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RACProvider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// `PaginatedRadiusOutpostConfigList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRadiusOutpostConfigList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RadiusOutpostConfig> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedRadiusProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRadiusProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RadiusProvider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedRadiusProviderPropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRadiusProviderPropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RadiusProviderPropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedRedirectStageList`
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRedirectStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RedirectStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedReputationList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedReputationList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Reputation> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedReputationPolicyList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedReputationPolicyList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ReputationPolicy> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// `PaginatedRequestRuleBindingList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRequestRuleBindingList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RequestRuleBinding> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// `PaginatedRequestRuleChildBindingList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRequestRuleChildBindingList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RequestRuleChildBinding> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// `PaginatedRequestRuleList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRequestRuleList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RequestRule> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedRequestableTargetList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRequestableTargetList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RequestableTarget> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// `PaginatedRoleAssignedObjectPermissionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRoleAssignedObjectPermissionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<RoleAssignedObjectPermission> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// `PaginatedRoleList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedRoleList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Role> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedSAMLPropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSAMLPropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SAMLPropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedSAMLProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSAMLProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SAMLProvider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedSAMLSourceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSAMLSourceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SAMLSource> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedSAMLSourcePropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSAMLSourcePropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SAMLSourcePropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedSCIMMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSCIMMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SCIMMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedSCIMProviderGroupList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSCIMProviderGroupList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SCIMProviderGroup> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedSCIMProviderList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSCIMProviderList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SCIMProvider> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedSCIMProviderUserList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSCIMProviderUserList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SCIMProviderUser> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedSCIMSourceGroupList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSCIMSourceGroupList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SCIMSourceGroup> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedSCIMSourceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSCIMSourceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SCIMSource> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedSCIMSourcePropertyMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSCIMSourcePropertyMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SCIMSourcePropertyMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedSCIMSourceUserList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSCIMSourceUserList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SCIMSourceUser> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// `PaginatedSMSDeviceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSMSDeviceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SMSDevice> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedSSFProviderList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSSFProviderList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SSFProvider> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "ssf")]
super::runtime::object! {
    /// `PaginatedSSFStreamList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSSFStreamList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SSFStream> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "tasks")]
super::runtime::object! {
    /// `PaginatedScheduleList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedScheduleList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Schedule> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedScopeMappingList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedScopeMappingList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ScopeMapping> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// `PaginatedServiceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedServiceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<ServiceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedSourceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSourceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Source> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedSourceStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSourceStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SourceStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Stage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// `PaginatedStaticDeviceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedStaticDeviceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<StaticDevice> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// `PaginatedSystemTaskList`
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedSystemTaskList {
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<SystemTask> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// `PaginatedTOTPDeviceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedTOTPDeviceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<TOTPDevice> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "tasks")]
super::runtime::object! {
    /// `PaginatedTaskList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedTaskList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Task> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedTelegramSourceList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedTelegramSourceList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<TelegramSource> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// `PaginatedTelegramSourcePropertyMappingList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedTelegramSourcePropertyMappingList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<TelegramSourcePropertyMapping> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// `PaginatedTenantList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedTenantList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Tenant> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedTokenList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedTokenList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<Token> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "oauth2")]
super::runtime::object! {
    /// `PaginatedTokenModelList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedTokenModelList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<TokenModel> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// `PaginatedUniquePasswordPolicyList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUniquePasswordPolicyList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UniquePasswordPolicy> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// `PaginatedUserAssignedObjectPermissionList`
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserAssignedObjectPermissionList {
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserAssignedObjectPermission> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedUserConsentList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserConsentList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserConsent> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedUserDeleteStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserDeleteStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserDeleteStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedUserKerberosSourceConnectionList`
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserKerberosSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserKerberosSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedUserLDAPSourceConnectionList`
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserLDAPSourceConnectionList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserLDAPSourceConnection> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PaginatedUserList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<User> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedUserLoginStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserLoginStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserLoginStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedUserLogoutStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserLogoutStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserLogoutStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedUserOAuthSourceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserOAuthSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserOAuthSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// `PaginatedUserOffboardingList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserOffboardingList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserOffboarding> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedUserPlexSourceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserPlexSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserPlexSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedUserSAMLSourceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserSAMLSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserSAMLSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedUserSourceConnectionList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserSourceConnectionList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserSourceConnection> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `PaginatedUserTelegramSourceConnectionList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserTelegramSourceConnectionList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserTelegramSourceConnection> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedUserWriteStageList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedUserWriteStageList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<UserWriteStage> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// `PaginatedWSFederationProviderList`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedWSFederationProviderList {
        pub autocomplete: Autocomplete => 0 "autocomplete" req,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<WSFederationProvider> => 2 "results" req,
    }
    required(0 autocomplete, 1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// `PaginatedWebAuthnDeviceList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedWebAuthnDeviceList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<WebAuthnDevice> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// `PaginatedWebAuthnDeviceTypeList`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PaginatedWebAuthnDeviceTypeList {
        /// Since 2025.6.2.
        pub autocomplete: Option<Autocomplete> => 0 "autocomplete" opt,
        pub pagination: Pagination => 1 "pagination" req,
        pub results: Vec<WebAuthnDeviceType> => 2 "results" req,
    }
    required(1 pagination, 2 results)
    shapes(2 seq)
}

#[cfg(
    any(
        feature = "agents",
        feature = "authenticators",
        feature = "core",
        feature = "crypto",
        feature = "endpoints",
        feature = "enterprise",
        feature = "events",
        feature = "flows",
        feature = "lifecycle",
        feature = "managed",
        feature = "oauth2",
        feature = "outposts",
        feature = "policies",
        feature = "propertymappings",
        feature = "providers",
        feature = "rac",
        feature = "rbac",
        feature = "reports",
        feature = "requests",
        feature = "sources",
        feature = "ssf",
        feature = "stages",
        feature = "tasks",
        feature = "tenants"
    )
)]
super::runtime::object! {
    /// `Pagination`
    #[derive(Clone, Debug, PartialEq)]
    pub struct Pagination {
        pub count: super::runtime::Number => 0 "count" req,
        pub current: super::runtime::Number => 1 "current" req,
        pub end_index: super::runtime::Number => 2 "end_index" req,
        pub next: super::runtime::Number => 3 "next" req,
        pub previous: super::runtime::Number => 4 "previous" req,
        pub start_index: super::runtime::Number => 5 "start_index" req,
        pub total_pages: super::runtime::Number => 6 "total_pages" req,
    }
    required(0 count, 1 current, 2 end_index, 3 next, 4 previous, 5 start_index, 6 total_pages)
    zero(required)
}

#[cfg(
    any(
        feature = "core",
        feature = "endpoints",
        feature = "lifecycle",
        feature = "oauth2",
        feature = "policies",
        feature = "providers",
        feature = "sources",
        feature = "ssf"
    )
)]
super::runtime::object! {
    /// Partial Group Serializer, does not include child relations.
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PartialGroup {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        /// Users added to this group will be superusers.
        pub is_superuser: Option<bool> => 1 "is_superuser" opt,
        pub name: String => 2 "name" req,
        /// Get a numerical, int32 ID for the group
        pub num_pk: i64 => 3 "num_pk" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
    }
    required(2 name, 3 num_pk, 4 pk)
    zero(required)
}

#[cfg(
    any(
        feature = "agents",
        feature = "authenticators",
        feature = "core",
        feature = "endpoints",
        feature = "events",
        feature = "lifecycle",
        feature = "policies",
        feature = "providers",
        feature = "rac",
        feature = "reports",
        feature = "requests",
        feature = "sources",
        feature = "stages"
    )
)]
super::runtime::object! {
    /// Partial User Serializer, does not include child relations.
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PartialUser {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 2 "is_active" opt,
        pub last_login: Option<Option<super::runtime::DateTime>> => 3 "last_login" opt_null,
        /// User's display name.
        pub name: String => 4 "name" req,
        pub pk: i64 => 5 "pk" req,
        pub uid: String => 6 "uid" req,
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub username: String => 7 "username" req,
    }
    required(4 name, 5 pk, 6 uid, 7 username)
    zero(required)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Password challenge UI fields
    #[derive(Clone, Debug, PartialEq)]
    pub struct PasswordChallenge {
        pub allow_show_password: Option<bool> => 0 "allow_show_password" opt,
        pub component: Option<String> => 1 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub pending_user: String => 3 "pending_user" req,
        pub pending_user_avatar: String => 4 "pending_user_avatar" req,
        pub recovery_url: Option<String> => 5 "recovery_url" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 6 "response_errors" opt,
    }
    required(3 pending_user, 4 pending_user_avatar)
    shapes(6 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Password challenge response
    #[derive(Clone, Debug, PartialEq)]
    pub struct PasswordChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
        pub password: String => 1 "password" req,
    }
    required(1 password)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Expiry Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PasswordExpiryPolicy {
        /// Return objects policy is bound to
        pub bound_to: i64 => 0 "bound_to" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 1 "component" req,
        pub days: i32 => 2 "days" req,
        pub deny_only: Option<bool> => 3 "deny_only" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 4 "execution_logging" opt,
        /// Return internal model name
        pub meta_model_name: String => 5 "meta_model_name" req,
        pub name: String => 6 "name" req,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 8 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 9 "verbose_name_plural" req,
    }
    required(
        0 bound_to, 1 component, 2 days, 5 meta_model_name, 6 name, 7 pk, 8 verbose_name,
        9 verbose_name_plural,
    )
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Expiry Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PasswordExpiryPolicyRequest {
        pub days: i32 => 0 "days" req,
        pub deny_only: Option<bool> => 1 "deny_only" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 2 "execution_logging" opt,
        pub name: String => 3 "name" req,
    }
    required(0 days, 3 name)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PasswordPolicy {
        pub amount_digits: Option<u32> => 0 "amount_digits" opt,
        pub amount_lowercase: Option<u32> => 1 "amount_lowercase" opt,
        pub amount_symbols: Option<u32> => 2 "amount_symbols" opt,
        pub amount_uppercase: Option<u32> => 3 "amount_uppercase" opt,
        /// Return objects policy is bound to
        pub bound_to: i64 => 4 "bound_to" req,
        pub check_have_i_been_pwned: Option<bool> => 5 "check_have_i_been_pwned" opt,
        pub check_static_rules: Option<bool> => 6 "check_static_rules" opt,
        pub check_zxcvbn: Option<bool> => 7 "check_zxcvbn" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 8 "component" req,
        pub error_message: Option<String> => 9 "error_message" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 10 "execution_logging" opt,
        /// How many times the password hash is allowed to be on haveibeenpwned
        pub hibp_allowed_count: Option<u32> => 11 "hibp_allowed_count" opt,
        pub length_min: Option<u32> => 12 "length_min" opt,
        /// Return internal model name
        pub meta_model_name: String => 13 "meta_model_name" req,
        pub name: String => 14 "name" req,
        /// Field key to check, field keys defined in Prompt stages are available.
        pub password_field: Option<String> => 15 "password_field" opt,
        pub pk: ::uuid::Uuid => 16 "pk" req,
        pub symbol_charset: Option<String> => 17 "symbol_charset" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 18 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 19 "verbose_name_plural" req,
        /// If the zxcvbn score is equal or less than this value, the policy will fail.
        pub zxcvbn_score_threshold: Option<u32> => 20 "zxcvbn_score_threshold" opt,
    }
    required(
        4 bound_to, 8 component, 13 meta_model_name, 14 name, 16 pk, 18 verbose_name,
        19 verbose_name_plural,
    )
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PasswordPolicyRequest {
        pub amount_digits: Option<u32> => 0 "amount_digits" opt,
        pub amount_lowercase: Option<u32> => 1 "amount_lowercase" opt,
        pub amount_symbols: Option<u32> => 2 "amount_symbols" opt,
        pub amount_uppercase: Option<u32> => 3 "amount_uppercase" opt,
        pub check_have_i_been_pwned: Option<bool> => 4 "check_have_i_been_pwned" opt,
        pub check_static_rules: Option<bool> => 5 "check_static_rules" opt,
        pub check_zxcvbn: Option<bool> => 6 "check_zxcvbn" opt,
        pub error_message: Option<String> => 7 "error_message" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 8 "execution_logging" opt,
        /// How many times the password hash is allowed to be on haveibeenpwned
        pub hibp_allowed_count: Option<u32> => 9 "hibp_allowed_count" opt,
        pub length_min: Option<u32> => 10 "length_min" opt,
        pub name: String => 11 "name" req,
        /// Field key to check, field keys defined in Prompt stages are available.
        pub password_field: Option<String> => 12 "password_field" opt,
        pub symbol_charset: Option<String> => 13 "symbol_charset" opt,
        /// If the zxcvbn score is equal or less than this value, the policy will fail.
        pub zxcvbn_score_threshold: Option<u32> => 14 "zxcvbn_score_threshold" opt,
    }
    required(11 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// PasswordStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PasswordStage {
        /// When enabled, provides a 'show password' button with the password input field.
        pub allow_show_password: Option<bool> => 0 "allow_show_password" opt,
        /// Selection of backends to test the password against.
        pub backends: Vec<BackendsEnum> => 1 "backends" req,
        /// Get object type so that we know how to edit the object
        pub component: String => 2 "component" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 3 "configure_flow" opt_null,
        /// How many attempts a user has before the flow is canceled. To lock the user out, use a reputation policy and a user_write stage.
        pub failed_attempts_before_cancel: Option<i32> => 4 "failed_attempts_before_cancel" opt,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 5 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 6 "meta_model_name" req,
        pub name: String => 7 "name" req,
        pub pk: ::uuid::Uuid => 8 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 9 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 10 "verbose_name_plural" req,
    }
    required(
        1 backends, 2 component, 6 meta_model_name, 7 name, 8 pk, 9 verbose_name,
        10 verbose_name_plural,
    )
    shapes(5 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// PasswordStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PasswordStageRequest {
        /// When enabled, provides a 'show password' button with the password input field.
        pub allow_show_password: Option<bool> => 0 "allow_show_password" opt,
        /// Selection of backends to test the password against.
        pub backends: Vec<BackendsEnum> => 1 "backends" req,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 2 "configure_flow" opt_null,
        /// How many attempts a user has before the flow is canceled. To lock the user out, use a reputation policy and a user_write stage.
        pub failed_attempts_before_cancel: Option<i32> => 3 "failed_attempts_before_cancel" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 4 "flow_set" opt,
        pub name: String => 5 "name" req,
    }
    required(1 backends, 5 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AccountLockdownStage Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAccountLockdownStageRequest {
        /// Deactivate the user account (set is_active to False)
        pub deactivate_user: Option<bool> => 0 "deactivate_user" opt,
        /// Delete all active sessions for the user
        pub delete_sessions: Option<bool> => 1 "delete_sessions" opt,
        pub name: Option<String> => 2 "name" opt,
        /// Revoke all tokens for the user (API, app password, recovery, verification, OAuth)
        pub revoke_tokens: Option<bool> => 3 "revoke_tokens" opt,
        /// Flow to redirect users to after self-service lockdown. This flow should not require authentication since the user's session is deleted.
        pub self_service_completion_flow: Option<Option<::uuid::Uuid>> => 4 "self_service_completion_flow" opt_null,
        /// Set an unusable password for the user
        pub set_unusable_password: Option<bool> => 5 "set_unusable_password" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PatchedAgentConnectorRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAgentConnectorRequest {
        pub auth_session_duration: Option<String> => 0 "auth_session_duration" opt,
        pub auth_terminate_session_on_expiry: Option<bool> => 1 "auth_terminate_session_on_expiry" opt,
        pub authorization_flow: Option<Option<::uuid::Uuid>> => 2 "authorization_flow" opt_null,
        pub challenge_idle_timeout: Option<String> => 3 "challenge_idle_timeout" opt,
        pub challenge_key: Option<Option<::uuid::Uuid>> => 4 "challenge_key" opt_null,
        pub challenge_trigger_check_in: Option<bool> => 5 "challenge_trigger_check_in" opt,
        pub connector_uuid: Option<::uuid::Uuid> => 6 "connector_uuid" opt,
        pub enabled: Option<bool> => 7 "enabled" opt,
        pub jwt_federation_providers: Option<Vec<i64>> => 8 "jwt_federation_providers" opt,
        pub name: Option<String> => 9 "name" opt,
        pub nss_gid_offset: Option<u32> => 10 "nss_gid_offset" opt,
        pub nss_uid_offset: Option<u32> => 11 "nss_uid_offset" opt,
        pub refresh_interval: Option<String> => 12 "refresh_interval" opt,
        pub snapshot_expiry: Option<String> => 13 "snapshot_expiry" opt,
    }
    required()
}

#[cfg(feature = "agents")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAgentRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        pub expires: Option<Option<super::runtime::DateTime>> => 2 "expires" opt_null,
        pub expiring: Option<bool> => 3 "expiring" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 4 "is_active" opt,
        pub last_login: Option<Option<super::runtime::DateTime>> => 5 "last_login" opt_null,
        /// User's display name.
        pub name: Option<String> => 6 "name" opt,
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub username: Option<String> => 7 "username" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PatchedAppleIndependentSecureEnclaveRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAppleIndependentSecureEnclaveRequest {
        pub apple_enclave_key_id: Option<String> => 0 "apple_enclave_key_id" opt,
        pub apple_secure_enclave_key: Option<String> => 1 "apple_secure_enclave_key" opt,
        pub device_type: Option<String> => 2 "device_type" opt,
        /// The user that this device belongs to.
        pub user: Option<i64> => 3 "user" opt,
        pub uuid: Option<::uuid::Uuid> => 4 "uuid" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// ApplicationEntitlement Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedApplicationEntitlementRequest {
        pub app: Option<::uuid::Uuid> => 0 "app" opt,
        /// Nullable in 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 1 "attributes" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Application Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedApplicationRequest {
        pub backchannel_providers: Option<Vec<i64>> => 0 "backchannel_providers" opt,
        pub group: Option<String> => 1 "group" opt,
        pub meta_description: Option<String> => 2 "meta_description" opt,
        /// Hide this application from the user's My applications page.
        ///
        /// Since 2026.11.0-rc1.
        pub meta_hide: Option<bool> => 3 "meta_hide" opt,
        /// Since 2026.11.0-rc1.
        pub meta_icon: Option<String> => 4 "meta_icon" opt,
        pub meta_launch_url: Option<String> => 5 "meta_launch_url" opt,
        pub meta_publisher: Option<String> => 6 "meta_publisher" opt,
        /// Application's display Name.
        pub name: Option<String> => 7 "name" opt,
        /// Open launch URL in a new browser tab or window.
        pub open_in_new_tab: Option<bool> => 8 "open_in_new_tab" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 9 "policy_engine_mode" opt,
        pub provider: Option<Option<i64>> => 10 "provider" opt_null,
        /// Internal application name, used in URLs.
        pub slug: Option<String> => 11 "slug" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorDuoStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAuthenticatorDuoStageRequest {
        pub admin_integration_key: Option<String> => 0 "admin_integration_key" opt,
        pub admin_secret_key: Option<String> => 1 "admin_secret_key" opt,
        pub api_hostname: Option<String> => 2 "api_hostname" opt,
        pub client_id: Option<String> => 3 "client_id" opt,
        pub client_secret: Option<String> => 4 "client_secret" opt,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 5 "configure_flow" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 6 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 7 "friendly_name" opt_null,
        pub name: Option<String> => 8 "name" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorEmailStage Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAuthenticatorEmailStageRequest {
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 0 "configure_flow" opt_null,
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        /// Nullable in 2025.6.2.
        pub friendly_name: Option<Option<String>> => 2 "friendly_name" opt_null,
        pub from_address: Option<String> => 3 "from_address" opt,
        pub host: Option<String> => 4 "host" opt,
        pub name: Option<String> => 5 "name" opt,
        pub password: Option<String> => 6 "password" opt,
        pub port: Option<i32> => 7 "port" opt,
        pub subject: Option<String> => 8 "subject" opt,
        pub template: Option<String> => 9 "template" opt,
        pub timeout: Option<i32> => 10 "timeout" opt,
        /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
        pub token_expiry: Option<String> => 11 "token_expiry" opt,
        /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
        pub use_global_settings: Option<bool> => 12 "use_global_settings" opt,
        pub use_ssl: Option<bool> => 13 "use_ssl" opt,
        pub use_tls: Option<bool> => 14 "use_tls" opt,
        pub username: Option<String> => 15 "username" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorEndpointGDTCStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAuthenticatorEndpointGDTCStageRequest {
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 0 "configure_flow" opt_null,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub credentials: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 1 "credentials" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 3 "friendly_name" opt_null,
        pub name: Option<String> => 4 "name" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorSMSStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAuthenticatorSMSStageRequest {
        pub account_sid: Option<String> => 0 "account_sid" opt,
        pub auth: Option<String> => 1 "auth" opt,
        pub auth_password: Option<String> => 2 "auth_password" opt,
        pub auth_type: Option<AuthTypeEnum> => 3 "auth_type" opt,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 4 "configure_flow" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 5 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 6 "friendly_name" opt_null,
        pub from_number: Option<String> => 7 "from_number" opt,
        /// Optionally modify the payload being sent to custom providers.
        pub mapping: Option<Option<::uuid::Uuid>> => 8 "mapping" opt_null,
        pub name: Option<String> => 9 "name" opt,
        pub provider: Option<ProviderEnum> => 10 "provider" opt,
        /// When enabled, the Phone number is only used during enrollment to verify the users authenticity. Only a hash of the phone number is saved to ensure it is not reused in the future.
        pub verify_only: Option<bool> => 11 "verify_only" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorStaticStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAuthenticatorStaticStageRequest {
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 0 "configure_flow" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 2 "friendly_name" opt_null,
        pub name: Option<String> => 3 "name" opt,
        pub token_count: Option<u32> => 4 "token_count" opt,
        pub token_length: Option<u32> => 5 "token_length" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorTOTPStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAuthenticatorTOTPStageRequest {
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 0 "configure_flow" opt_null,
        pub digits: Option<DigitsEnum> => 1 "digits" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 3 "friendly_name" opt_null,
        pub name: Option<String> => 4 "name" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorValidateStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAuthenticatorValidateStageRequest {
        /// Stages used to configure Authenticator when user doesn't have any compatible devices. After this configuration Stage passes, the user is not prompted again.
        pub configuration_stages: Option<Vec<::uuid::Uuid>> => 0 "configuration_stages" opt,
        /// Device classes which can be used to authenticate
        pub device_classes: Option<Vec<DeviceClassesEnum>> => 1 "device_classes" opt,
        /// Since 2026.11.0-rc1.
        pub email_otp_throttling_factor: Option<super::runtime::Number> => 2 "email_otp_throttling_factor" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 3 "flow_set" opt,
        /// If any of the user's device has been used within this threshold, this stage will be skipped
        pub last_auth_threshold: Option<String> => 4 "last_auth_threshold" opt,
        pub name: Option<String> => 5 "name" opt,
        pub not_configured_action: Option<NotConfiguredActionEnum> => 6 "not_configured_action" opt,
        /// Since 2026.11.0-rc1.
        pub sms_otp_throttling_factor: Option<super::runtime::Number> => 7 "sms_otp_throttling_factor" opt,
        /// Since 2026.11.0-rc1.
        pub static_otp_throttling_factor: Option<super::runtime::Number> => 8 "static_otp_throttling_factor" opt,
        /// Since 2026.11.0-rc1.
        pub totp_otp_throttling_factor: Option<super::runtime::Number> => 9 "totp_otp_throttling_factor" opt,
        pub webauthn_allowed_device_types: Option<Vec<::uuid::Uuid>> => 10 "webauthn_allowed_device_types" opt,
        /// Since 2026.11.0-rc1.
        pub webauthn_hints: Option<Vec<WebAuthnHintEnum>> => 11 "webauthn_hints" opt,
        /// Enforce user verification for WebAuthn devices.
        pub webauthn_user_verification: Option<UserVerificationEnum> => 12 "webauthn_user_verification" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// AuthenticatorWebAuthnStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedAuthenticatorWebAuthnStageRequest {
        pub authenticator_attachment: Option<Option<AuthenticatorAttachmentEnum>> => 0 "authenticator_attachment" opt_null,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 1 "configure_flow" opt_null,
        pub device_type_restrictions: Option<Vec<::uuid::Uuid>> => 2 "device_type_restrictions" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 3 "flow_set" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub friendly_name: Option<Option<String>> => 4 "friendly_name" opt_null,
        /// Since 2026.11.0-rc1.
        pub hints: Option<Vec<WebAuthnHintEnum>> => 5 "hints" opt,
        /// Since 2025.6.2.
        pub max_attempts: Option<u32> => 6 "max_attempts" opt,
        pub name: Option<String> => 7 "name" opt,
        pub resident_key_requirement: Option<UserVerificationEnum> => 8 "resident_key_requirement" opt,
        pub user_verification: Option<UserVerificationEnum> => 9 "user_verification" opt,
    }
    required()
}

#[cfg(feature = "managed")]
super::runtime::object! {
    /// Info about a single blueprint instance file
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedBlueprintInstanceRequest {
        pub content: Option<String> => 0 "content" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub context: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 1 "context" opt_null,
        pub enabled: Option<bool> => 2 "enabled" opt,
        pub name: Option<String> => 3 "name" opt,
        pub path: Option<String> => 4 "path" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Brand Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedBrandRequest {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        /// Since 2025.6.2.
        pub branding_custom_css: Option<String> => 1 "branding_custom_css" opt,
        /// Since 2025.6.2.
        pub branding_default_flow_background: Option<String> => 2 "branding_default_flow_background" opt,
        pub branding_favicon: Option<String> => 3 "branding_favicon" opt,
        pub branding_logo: Option<String> => 4 "branding_logo" opt,
        /// URL template for the vector tile source used by the events map. Supports XYZ templates with {z}, {x} and {y} placeholders, or pmtiles:// archive URLs. When empty, the frontend uses the bundled hexworld basemap. This value is part of the brand information served to unauthenticated clients; do not embed API keys or other credentials in it.
        ///
        /// Since 2026.11.0-rc1.
        pub branding_map_tiles: Option<String> => 5 "branding_map_tiles" opt,
        pub branding_title: Option<String> => 6 "branding_title" opt,
        /// Certificates used for client authentication.
        ///
        /// Since 2025.6.2.
        pub client_certificates: Option<Vec<::uuid::Uuid>> => 7 "client_certificates" opt,
        pub default: Option<bool> => 8 "default" opt,
        /// When set, external users will be redirected to this application after authenticating.
        pub default_application: Option<Option<::uuid::Uuid>> => 9 "default_application" opt_null,
        /// Domain that activates this brand. Can be a superset, i.e. `a.b` for `aa.b` and `ba.b`
        pub domain: Option<String> => 10 "domain" opt,
        pub flow_authentication: Option<Option<::uuid::Uuid>> => 11 "flow_authentication" opt_null,
        pub flow_device_code: Option<Option<::uuid::Uuid>> => 12 "flow_device_code" opt_null,
        pub flow_invalidation: Option<Option<::uuid::Uuid>> => 13 "flow_invalidation" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_lockdown: Option<Option<::uuid::Uuid>> => 14 "flow_lockdown" opt_null,
        pub flow_recovery: Option<Option<::uuid::Uuid>> => 15 "flow_recovery" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_request: Option<Option<::uuid::Uuid>> => 16 "flow_request" opt_null,
        pub flow_unenrollment: Option<Option<::uuid::Uuid>> => 17 "flow_unenrollment" opt_null,
        pub flow_user_settings: Option<Option<::uuid::Uuid>> => 18 "flow_user_settings" opt_null,
        /// Since 2026.11.0-rc1.
        pub flow_user_switch: Option<Option<::uuid::Uuid>> => 19 "flow_user_switch" opt_null,
        /// Web Certificate used by the authentik Core webserver.
        pub web_certificate: Option<Option<::uuid::Uuid>> => 20 "web_certificate" opt_null,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// CaptchaStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedCaptchaStageRequest {
        pub api_url: Option<String> => 0 "api_url" opt,
        /// When enabled and the received captcha score is outside of the given threshold, the stage will show an error message. When not enabled, the flow will continue, but the data from the captcha will be available in the context for policy decisions
        pub error_on_invalid_score: Option<bool> => 1 "error_on_invalid_score" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        /// Since 2024.12.1.
        pub interactive: Option<bool> => 3 "interactive" opt,
        pub js_url: Option<String> => 4 "js_url" opt,
        pub name: Option<String> => 5 "name" opt,
        /// Private key, acquired your captcha Provider.
        pub private_key: Option<String> => 6 "private_key" opt,
        /// Public key, acquired your captcha Provider.
        pub public_key: Option<String> => 7 "public_key" opt,
        /// Since 2026.11.0-rc1.
        pub request_content_type: Option<RequestContentTypeEnum> => 8 "request_content_type" opt,
        pub score_max_threshold: Option<super::runtime::Number> => 9 "score_max_threshold" opt,
        pub score_min_threshold: Option<super::runtime::Number> => 10 "score_min_threshold" opt,
    }
    required()
}

#[cfg(feature = "crypto")]
super::runtime::object! {
    /// CertificateKeyPair Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedCertificateKeyPairRequest {
        /// PEM-encoded Certificate data
        pub certificate_data: Option<String> => 0 "certificate_data" opt,
        /// Optional Private Key. If this is set, you can use this keypair for encryption.
        pub key_data: Option<String> => 1 "key_data" opt,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "rac")]
super::runtime::object! {
    /// ConnectionToken Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedConnectionTokenRequest {
        pub endpoint: Option<::uuid::Uuid> => 0 "endpoint" opt,
        pub pk: Option<::uuid::Uuid> => 1 "pk" opt,
        pub provider: Option<i64> => 2 "provider" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// ConsentStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedConsentStageRequest {
        /// Offset after which consent expires. (Format: hours=1;minutes=2;seconds=3).
        pub consent_expire_in: Option<String> => 0 "consent_expire_in" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub mode: Option<ConsentModeEnum> => 2 "mode" opt,
        pub name: Option<String> => 3 "name" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// DenyStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedDenyStageRequest {
        pub deny_message: Option<String> => 0 "deny_message" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PatchedDeviceAccessGroupRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedDeviceAccessGroupRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub name: Option<String> => 1 "name" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// PolicyBinding Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedDeviceUserBindingRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        /// Result if the Policy execution fails.
        pub failure_result: Option<bool> => 1 "failure_result" opt,
        pub group: Option<Option<::uuid::Uuid>> => 2 "group" opt_null,
        pub is_primary: Option<bool> => 3 "is_primary" opt,
        /// Negates the outcome of the policy. Messages are unaffected.
        pub negate: Option<bool> => 4 "negate" opt,
        pub order: Option<i32> => 5 "order" opt,
        pub policy: Option<Option<::uuid::Uuid>> => 6 "policy" opt_null,
        pub target: Option<::uuid::Uuid> => 7 "target" opt,
        /// Timeout after which Policy execution is terminated.
        pub timeout: Option<u32> => 8 "timeout" opt,
        pub user: Option<Option<i64>> => 9 "user" opt_null,
    }
    required()
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// DockerServiceConnection Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedDockerServiceConnectionRequest {
        /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
        pub local: Option<bool> => 0 "local" opt,
        pub name: Option<String> => 1 "name" opt,
        /// Certificate/Key used for authentication. Can be left empty for no authentication.
        pub tls_authentication: Option<Option<::uuid::Uuid>> => 2 "tls_authentication" opt_null,
        /// CA which the endpoint's Certificate is verified against. Can be left empty for no validation.
        pub tls_verification: Option<Option<::uuid::Uuid>> => 3 "tls_verification" opt_null,
        /// Can be in the format of 'unix://<path>' when connecting to a local docker daemon, or 'https://<hostname>:2376' when connecting to a remote system.
        pub url: Option<String> => 4 "url" opt,
    }
    required()
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Domain Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedDomainRequest {
        pub domain: Option<String> => 0 "domain" opt,
        pub is_primary: Option<bool> => 1 "is_primary" opt,
        pub tenant: Option<::uuid::Uuid> => 2 "tenant" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Dummy Policy Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedDummyPolicyRequest {
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 0 "execution_logging" opt,
        pub name: Option<String> => 1 "name" opt,
        pub result: Option<bool> => 2 "result" opt,
        pub wait_max: Option<i32> => 3 "wait_max" opt,
        pub wait_min: Option<i32> => 4 "wait_min" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// DummyStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedDummyStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub name: Option<String> => 1 "name" opt,
        pub throw_error: Option<bool> => 2 "throw_error" opt,
    }
    required()
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for Duo authenticator devices
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedDuoDeviceRequest {
        /// The human-readable name of this device.
        pub name: Option<String> => 0 "name" opt,
    }
    required()
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for email authenticator devices
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedEmailDeviceRequest {
        /// The human-readable name of this device.
        pub name: Option<String> => 0 "name" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// EmailStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedEmailStageRequest {
        /// Activate users upon completion of stage.
        pub activate_user_on_success: Option<bool> => 0 "activate_user_on_success" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub from_address: Option<String> => 2 "from_address" opt,
        pub host: Option<String> => 3 "host" opt,
        pub name: Option<String> => 4 "name" opt,
        pub password: Option<String> => 5 "password" opt,
        pub port: Option<i32> => 6 "port" opt,
        /// The time window used to count recent account recovery attempts. If the number of attempts exceed recovery_max_attempts within this period, further attempts will be rate-limited. (Format: hours=1;minutes=2;seconds=3).
        ///
        /// Since 2026.11.0-rc1.
        pub recovery_cache_timeout: Option<String> => 7 "recovery_cache_timeout" opt,
        /// Since 2026.11.0-rc1.
        pub recovery_max_attempts: Option<u32> => 8 "recovery_max_attempts" opt,
        pub subject: Option<String> => 9 "subject" opt,
        pub template: Option<String> => 10 "template" opt,
        pub timeout: Option<i32> => 11 "timeout" opt,
        /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
        ///
        /// Was `integer(i32)` in 2024.8.3, 2024.12.1: such values are kept as raw JSON (`Versioned::Legacy`).
        pub token_expiry: Option<super::runtime::compat::Versioned<String>> => 12 "token_expiry" opt,
        /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
        pub use_global_settings: Option<bool> => 13 "use_global_settings" opt,
        pub use_ssl: Option<bool> => 14 "use_ssl" opt,
        pub use_tls: Option<bool> => 15 "use_tls" opt,
        pub username: Option<String> => 16 "username" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PatchedEndpointDeviceRequest`
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedEndpointDeviceRequest {
        /// Since 2026.11.0-rc1.
        pub access_group: Option<Option<::uuid::Uuid>> => 0 "access_group" opt_null,
        /// Since 2026.11.0-rc1.
        pub access_group_obj: Option<DeviceAccessGroupRequest> => 1 "access_group_obj" opt,
        /// Since 2026.11.0-rc1.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 2 "attributes" opt,
        /// Since 2026.11.0-rc1.
        pub device_uuid: Option<::uuid::Uuid> => 3 "device_uuid" opt,
        /// Since 2026.11.0-rc1.
        pub expires: Option<Option<super::runtime::DateTime>> => 4 "expires" opt_null,
        /// Since 2026.11.0-rc1.
        pub expiring: Option<bool> => 5 "expiring" opt,
        pub name: Option<String> => 6 "name" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub pk: Option<::uuid::Uuid> => 7 "pk" opt,
    }
    required()
}

#[cfg(feature = "rac")]
super::runtime::object! {
    /// Endpoint Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedEndpointRequest {
        pub auth_mode: Option<EndpointAuthModeEnum> => 0 "auth_mode" opt,
        pub host: Option<String> => 1 "host" opt,
        pub maximum_connections: Option<i32> => 2 "maximum_connections" opt,
        pub name: Option<String> => 3 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 4 "property_mappings" opt,
        pub protocol: Option<ProtocolEnum> => 5 "protocol" opt,
        pub provider: Option<i64> => 6 "provider" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub settings: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 7 "settings" opt_null,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// EndpointStage Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedEndpointStageRequest {
        pub connector: Option<::uuid::Uuid> => 0 "connector" opt,
        pub mode: Option<StageModeEnum> => 1 "mode" opt,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `PatchedEnrollmentTokenRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedEnrollmentTokenRequest {
        pub connector: Option<::uuid::Uuid> => 0 "connector" opt,
        pub device_group: Option<Option<::uuid::Uuid>> => 1 "device_group" opt_null,
        pub expires: Option<Option<super::runtime::DateTime>> => 2 "expires" opt_null,
        pub expiring: Option<bool> => 3 "expiring" opt,
        pub name: Option<String> => 4 "name" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Event Matcher Policy Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedEventMatcherPolicyRequest {
        /// Match created events with this action type. When left empty, all action types will be matched.
        pub action: Option<Option<EventActions>> => 0 "action" opt_null,
        /// Match events created by selected application. When left empty, all applications are matched.
        pub app: Option<Option<AppEnum>> => 1 "app" opt_null,
        /// Matches Event's Client IP (strict matching, for network matching use an Expression Policy)
        pub client_ip: Option<Option<String>> => 2 "client_ip" opt_null,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 3 "execution_logging" opt,
        /// Match events created by selected model. When left empty, all models are matched. When an app is selected, all the application's models are matched.
        pub model: Option<Option<ModelEnum>> => 4 "model" opt_null,
        pub name: Option<String> => 5 "name" opt,
        /// Since 2026.11.0-rc1.
        pub query: Option<Option<String>> => 6 "query" opt_null,
    }
    required()
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Event Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedEventRequest {
        pub action: Option<EventActions> => 0 "action" opt,
        pub app: Option<String> => 1 "app" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub brand: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>> => 2 "brand" opt_null,
        pub client_ip: Option<Option<String>> => 3 "client_ip" opt_null,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub context: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 4 "context" opt_null,
        pub expires: Option<super::runtime::DateTime> => 5 "expires" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub user: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>> => 6 "user" opt_null,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Group Membership Policy Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedExpressionPolicyRequest {
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 0 "execution_logging" opt,
        pub expression: Option<String> => 1 "expression" opt,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// User permission with additional object-related data
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedExtraRoleObjectPermissionRequest {
        pub object_pk: Option<String> => 0 "object_pk" opt,
    }
    required()
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// User permission with additional object-related data
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedExtraUserObjectPermissionRequest {
        pub object_pk: Option<String> => 0 "object_pk" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// FleetConnector Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedFleetConnectorRequest {
        pub connector_uuid: Option<::uuid::Uuid> => 0 "connector_uuid" opt,
        pub enabled: Option<bool> => 1 "enabled" opt,
        /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
        pub headers_mapping: Option<Option<::uuid::Uuid>> => 2 "headers_mapping" opt_null,
        pub map_teams_access_group: Option<bool> => 3 "map_teams_access_group" opt,
        pub map_users: Option<bool> => 4 "map_users" opt,
        pub name: Option<String> => 5 "name" opt,
        pub token: Option<String> => 6 "token" opt,
        pub url: Option<String> => 7 "url" opt,
    }
    required()
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Flow Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedFlowRequest {
        /// Required level of authentication and authorization to access a flow.
        pub authentication: Option<AuthenticationEnum> => 0 "authentication" opt,
        /// Background shown during execution
        ///
        /// Since 2026.11.0-rc1.
        pub background: Option<String> => 1 "background" opt,
        /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
        pub compatibility_mode: Option<bool> => 2 "compatibility_mode" opt,
        /// Configure what should happen when a flow denies access to a user.
        pub denied_action: Option<DeniedActionEnum> => 3 "denied_action" opt,
        /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
        pub designation: Option<FlowDesignationEnum> => 4 "designation" opt,
        pub layout: Option<FlowLayoutEnum> => 5 "layout" opt,
        pub name: Option<String> => 6 "name" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 7 "policy_engine_mode" opt,
        /// Visible in the URL.
        pub slug: Option<String> => 8 "slug" opt,
        /// Shown as the Title in Flow pages.
        pub title: Option<String> => 9 "title" opt,
    }
    required()
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// FlowStageBinding Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedFlowStageBindingRequest {
        /// Evaluate policies during the Flow planning process.
        pub evaluate_on_plan: Option<bool> => 0 "evaluate_on_plan" opt,
        /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
        pub invalid_response_action: Option<InvalidResponseActionEnum> => 1 "invalid_response_action" opt,
        pub order: Option<i32> => 2 "order" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 3 "policy_engine_mode" opt,
        /// Evaluate policies when the Stage is presented to the user.
        pub re_evaluate_policies: Option<bool> => 4 "re_evaluate_policies" opt,
        pub stage: Option<::uuid::Uuid> => 5 "stage" opt,
        pub target: Option<::uuid::Uuid> => 6 "target" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// GeoIP Policy Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGeoIPPolicyRequest {
        pub asns: Option<Vec<i32>> => 0 "asns" opt,
        /// Since 2025.6.2.
        pub check_history_distance: Option<bool> => 1 "check_history_distance" opt,
        /// Since 2025.6.2.
        pub check_impossible_travel: Option<bool> => 2 "check_impossible_travel" opt,
        pub countries: Option<Vec<CountryCodeEnum>> => 3 "countries" opt,
        /// Since 2025.6.2.
        pub distance_tolerance_km: Option<u32> => 4 "distance_tolerance_km" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 5 "execution_logging" opt,
        /// Since 2025.6.2.
        pub history_login_count: Option<u32> => 6 "history_login_count" opt,
        /// Since 2025.6.2.
        pub history_max_distance_km: Option<i64> => 7 "history_max_distance_km" opt,
        /// Since 2025.6.2.
        pub impossible_tolerance_km: Option<u32> => 8 "impossible_tolerance_km" opt,
        pub name: Option<String> => 9 "name" opt,
    }
    required()
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// GoogleChromeConnector Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGoogleChromeConnectorRequest {
        pub connector_uuid: Option<::uuid::Uuid> => 0 "connector_uuid" opt,
        pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 1 "credentials" opt,
        pub enabled: Option<bool> => 2 "enabled" opt,
        pub name: Option<String> => 3 "name" opt,
    }
    required()
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for Endpoint authenticator devices
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGoogleEndpointDeviceRequest {
        /// The human-readable name of this device.
        pub name: Option<String> => 0 "name" opt,
        pub pk: Option<::uuid::Uuid> => 1 "pk" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// GoogleWorkspaceProviderMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGoogleWorkspaceProviderMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// GoogleWorkspaceProvider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGoogleWorkspaceProviderRequest {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub credentials: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "credentials" opt_null,
        pub default_group_email_domain: Option<String> => 1 "default_group_email_domain" opt,
        pub delegated_subject: Option<String> => 2 "delegated_subject" opt,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 3 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 4 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 5 "exclude_users_service_account" opt,
        pub filter_group: Option<Option<::uuid::Uuid>> => 6 "filter_group" opt_null,
        pub group_delete_action: Option<OutgoingSyncDeleteAction> => 7 "group_delete_action" opt,
        pub name: Option<String> => 8 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 9 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 10 "property_mappings_group" opt,
        pub scopes: Option<String> => 11 "scopes" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 12 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 13 "sync_page_timeout" opt,
        pub user_delete_action: Option<OutgoingSyncDeleteAction> => 14 "user_delete_action" opt,
    }
    required()
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGrantRequestFulfillRequest {
        pub data: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "data" opt,
        pub status: Option<RequestStatus> => 1 "status" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGroupKerberosSourceConnectionRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: Option<String> => 1 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 2 "source" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGroupLDAPSourceConnectionRequest {
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: Option<String> => 1 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 2 "source" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGroupOAuthSourceConnectionRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: Option<String> => 1 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 2 "source" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGroupPlexSourceConnectionRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: Option<String> => 1 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 2 "source" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Group Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGroupRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        /// Users added to this group will be superusers.
        pub is_superuser: Option<bool> => 1 "is_superuser" opt,
        pub name: Option<String> => 2 "name" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub parent: Option<Option<::uuid::Uuid>> => 3 "parent" opt_null,
        /// Since 2026.11.0-rc1.
        pub parents: Option<Vec<::uuid::Uuid>> => 4 "parents" opt,
        pub roles: Option<Vec<::uuid::Uuid>> => 5 "roles" opt,
        pub users: Option<Vec<i64>> => 6 "users" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGroupSAMLSourceConnectionRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: Option<String> => 1 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 2 "source" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGroupSourceConnectionRequest {
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub group: Option<::uuid::Uuid> => 0 "group" opt,
        pub identifier: Option<String> => 1 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 2 "source" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Group Source Connection
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedGroupTelegramSourceConnectionRequest {
        pub identifier: Option<String> => 0 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 1 "source" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// IdentificationStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedIdentificationStageRequest {
        /// When set, adds functionality exactly like a Captcha stage, but baked into the Identification stage.
        ///
        /// Since 2024.12.1.
        pub captcha_stage: Option<Option<::uuid::Uuid>> => 0 "captcha_stage" opt_null,
        /// When enabled, user fields are matched regardless of their casing.
        pub case_insensitive_matching: Option<bool> => 1 "case_insensitive_matching" opt,
        /// Show the user the 'Remember me on this device' toggle, allowing repeat users to skip straight to entering their password.
        ///
        /// Since 2025.6.2.
        pub enable_remember_me: Option<bool> => 2 "enable_remember_me" opt,
        /// Optional enrollment flow, which is linked at the bottom of the page.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 3 "enrollment_flow" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 4 "flow_set" opt,
        pub name: Option<String> => 5 "name" opt,
        /// When set, shows a password field, instead of showing the password field as separate step.
        pub password_stage: Option<Option<::uuid::Uuid>> => 6 "password_stage" opt_null,
        /// Optional passwordless flow, which is linked at the bottom of the page.
        pub passwordless_flow: Option<Option<::uuid::Uuid>> => 7 "passwordless_flow" opt_null,
        /// When enabled, the stage will succeed and continue even when incorrect user info is entered.
        pub pretend_user_exists: Option<bool> => 8 "pretend_user_exists" opt,
        /// Optional recovery flow, which is linked at the bottom of the page.
        pub recovery_flow: Option<Option<::uuid::Uuid>> => 9 "recovery_flow" opt_null,
        /// When a valid username/email has been entered, and this option is enabled, the user's username and avatar will be shown. Otherwise, the text that the user entered will be shown
        pub show_matched_user: Option<bool> => 10 "show_matched_user" opt,
        pub show_source_labels: Option<bool> => 11 "show_source_labels" opt,
        /// Specify which sources should be shown.
        pub sources: Option<Vec<::uuid::Uuid>> => 12 "sources" opt,
        /// Fields of the user object to match against. (Hold shift to select multiple options)
        pub user_fields: Option<Vec<UserFieldsEnum>> => 13 "user_fields" opt,
        /// When set, and conditional WebAuthn is available, allow the user to use their passkey as a first factor.
        ///
        /// Since 2026.11.0-rc1.
        pub webauthn_stage: Option<Option<::uuid::Uuid>> => 14 "webauthn_stage" opt_null,
    }
    required()
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// InitialPermissions serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedInitialPermissionsRequest {
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub mode: Option<::serde_json::Value> => 0 "mode" opt_null,
        pub name: Option<String> => 1 "name" opt,
        pub permissions: Option<Vec<i64>> => 2 "permissions" opt,
        pub role: Option<::uuid::Uuid> => 3 "role" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// Invitation Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedInvitationRequest {
        pub expires: Option<Option<super::runtime::DateTime>> => 0 "expires" opt_null,
        pub fixed_data: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 1 "fixed_data" opt,
        /// When set, only the configured flow can use this invitation.
        pub flow: Option<Option<::uuid::Uuid>> => 2 "flow" opt_null,
        pub name: Option<String> => 3 "name" opt,
        /// When enabled, the invitation will be deleted after usage.
        pub single_use: Option<bool> => 4 "single_use" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// InvitationStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedInvitationStageRequest {
        /// If this flag is set, this Stage will jump to the next Stage when no Invitation is given. By default this Stage will cancel the Flow when no invitation is given.
        pub continue_flow_without_invitation: Option<bool> => 0 "continue_flow_without_invitation" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// Kerberos PropertyMapping Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedKerberosSourcePropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Kerberos Source Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedKerberosSourceRequest {
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        pub enabled: Option<bool> => 1 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 2 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 3 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 4 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 5 "icon" opt,
        /// KAdmin server type
        pub kadmin_type: Option<KadminTypeEnum> => 6 "kadmin_type" opt,
        /// Custom krb5.conf to use. Uses the system one by default
        pub krb5_conf: Option<String> => 7 "krb5_conf" opt,
        /// Source's display Name.
        pub name: Option<String> => 8 "name" opt,
        /// If enabled, the authentik-stored password will be updated upon login with the Kerberos password backend
        pub password_login_update_internal_password: Option<bool> => 9 "password_login_update_internal_password" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 10 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 11 "promoted" opt,
        /// Kerberos realm
        pub realm: Option<String> => 12 "realm" opt,
        /// Internal source name, used in URLs.
        pub slug: Option<String> => 13 "slug" opt,
        /// Credential cache to use for SPNEGO in form type:residual
        pub spnego_ccache: Option<String> => 14 "spnego_ccache" opt,
        /// SPNEGO keytab base64-encoded or path to keytab in the form FILE:path
        pub spnego_keytab: Option<String> => 15 "spnego_keytab" opt,
        /// Force the use of a specific server name for SPNEGO. Must be in the form HTTP@hostname
        pub spnego_server_name: Option<String> => 16 "spnego_server_name" opt,
        /// Credentials cache to authenticate to kadmin for sync. Must be in the form TYPE:residual
        pub sync_ccache: Option<String> => 17 "sync_ccache" opt,
        /// Keytab to authenticate to kadmin for sync. Must be base64-encoded or in the form TYPE:residual
        pub sync_keytab: Option<String> => 18 "sync_keytab" opt,
        /// When to trigger sync for outgoing providers
        ///
        /// Since 2026.11.0-rc1.
        pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum> => 19 "sync_outgoing_trigger_mode" opt,
        /// Password to authenticate to kadmin for sync
        pub sync_password: Option<String> => 20 "sync_password" opt,
        /// Principal to authenticate to kadmin for sync.
        pub sync_principal: Option<String> => 21 "sync_principal" opt,
        /// Sync users from Kerberos into authentik
        pub sync_users: Option<bool> => 22 "sync_users" opt,
        /// When a user changes their password, sync it back to Kerberos
        pub sync_users_password: Option<bool> => 23 "sync_users_password" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 24 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 25 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 26 "user_property_mappings" opt,
    }
    required()
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// KubernetesServiceConnection Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedKubernetesServiceConnectionRequest {
        /// Paste your kubeconfig here. authentik will automatically use the currently selected context.
        ///
        /// Nullable in 2024.8.3, 2024.12.1.
        pub kubeconfig: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "kubeconfig" opt_null,
        /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
        pub local: Option<bool> => 1 "local" opt,
        pub name: Option<String> => 2 "name" opt,
        /// Verify SSL Certificates of the Kubernetes API endpoint
        pub verify_ssl: Option<bool> => 3 "verify_ssl" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// LDAPProvider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedLDAPProviderRequest {
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: Option<::uuid::Uuid> => 1 "authorization_flow" opt,
        /// DN under which objects are accessible.
        pub base_dn: Option<String> => 2 "base_dn" opt,
        pub bind_mode: Option<LDAPAPIAccessMode> => 3 "bind_mode" opt,
        pub certificate: Option<Option<::uuid::Uuid>> => 4 "certificate" opt_null,
        /// The start for gidNumbers, this number is added to a number generated from the group.pk to make sure that the numbers aren't too low for POSIX groups. Default is 4000 to ensure that we don't collide with local groups or users primary groups gidNumber
        pub gid_start_number: Option<i32> => 5 "gid_start_number" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: Option<::uuid::Uuid> => 6 "invalidation_flow" opt,
        /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
        pub mfa_support: Option<bool> => 7 "mfa_support" opt,
        pub name: Option<String> => 8 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 9 "property_mappings" opt,
        pub search_mode: Option<LDAPAPIAccessMode> => 10 "search_mode" opt,
        pub tls_server_name: Option<String> => 11 "tls_server_name" opt,
        /// The start for uidNumbers, this number is added to the user.pk to make sure that the numbers aren't too low for POSIX users. Default is 2000 to ensure that we don't collide with local users uidNumber
        pub uid_start_number: Option<i32> => 12 "uid_start_number" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// LDAP PropertyMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedLDAPSourcePropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// LDAP Source Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedLDAPSourceRequest {
        /// Prepended to Base DN for Group-queries.
        pub additional_group_dn: Option<String> => 0 "additional_group_dn" opt,
        /// Prepended to Base DN for User-queries.
        pub additional_user_dn: Option<String> => 1 "additional_user_dn" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        pub base_dn: Option<String> => 3 "base_dn" opt,
        pub bind_cn: Option<String> => 4 "bind_cn" opt,
        pub bind_password: Option<String> => 5 "bind_password" opt,
        /// Client certificate to authenticate against the LDAP Server's Certificate.
        pub client_certificate: Option<Option<::uuid::Uuid>> => 6 "client_certificate" opt_null,
        /// Delete authentik users and groups which were previously supplied by this source, but are now missing from it.
        ///
        /// Since 2025.6.2.
        pub delete_not_found_objects: Option<bool> => 7 "delete_not_found_objects" opt,
        pub enabled: Option<bool> => 8 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 9 "enrollment_flow" opt_null,
        /// Field which contains members of a group.
        pub group_membership_field: Option<String> => 10 "group_membership_field" opt,
        /// Consider Objects matching this filter to be Groups.
        pub group_object_filter: Option<String> => 11 "group_object_filter" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 12 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 13 "icon" opt,
        /// Lookup group membership based on a user attribute instead of a group attribute. This allows nested group resolution on systems like FreeIPA and Active Directory
        ///
        /// Since 2025.6.2.
        pub lookup_groups_from_user: Option<bool> => 14 "lookup_groups_from_user" opt,
        /// Source's display Name.
        pub name: Option<String> => 15 "name" opt,
        /// Field which contains a unique Identifier.
        pub object_uniqueness_field: Option<String> => 16 "object_uniqueness_field" opt,
        /// Update internal authentik password when login succeeds with LDAP
        pub password_login_update_internal_password: Option<bool> => 17 "password_login_update_internal_password" opt,
        /// Optionally verify the LDAP Server's Certificate against the CA Chain in this keypair.
        pub peer_certificate: Option<Option<::uuid::Uuid>> => 18 "peer_certificate" opt_null,
        pub policy_engine_mode: Option<PolicyEngineMode> => 19 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 20 "promoted" opt,
        pub server_uri: Option<String> => 21 "server_uri" opt,
        /// Internal source name, used in URLs.
        pub slug: Option<String> => 22 "slug" opt,
        pub sni: Option<bool> => 23 "sni" opt,
        pub start_tls: Option<bool> => 24 "start_tls" opt,
        /// Sync group parentage/hierarchy from LDAP directories.
        ///
        /// Since 2026.11.0-rc1.
        pub sync_group_hierarchy: Option<bool> => 25 "sync_group_hierarchy" opt,
        pub sync_groups: Option<bool> => 26 "sync_groups" opt,
        /// When to trigger sync for outgoing providers
        ///
        /// Since 2026.11.0-rc1.
        pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum> => 27 "sync_outgoing_trigger_mode" opt,
        pub sync_parent_group: Option<Option<::uuid::Uuid>> => 28 "sync_parent_group" opt_null,
        pub sync_users: Option<bool> => 29 "sync_users" opt,
        /// When a user changes their password, sync it back to LDAP. This can only be enabled on a single LDAP source.
        pub sync_users_password: Option<bool> => 30 "sync_users_password" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 31 "user_matching_mode" opt,
        /// Attribute which matches the value of `group_membership_field`.
        ///
        /// Since 2025.6.2.
        pub user_membership_attribute: Option<String> => 32 "user_membership_attribute" opt,
        /// Consider Objects matching this filter to be Users.
        pub user_object_filter: Option<String> => 33 "user_object_filter" opt,
        pub user_path_template: Option<String> => 34 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 35 "user_property_mappings" opt,
    }
    required()
}

#[cfg(feature = "enterprise")]
super::runtime::object! {
    /// License Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedLicenseRequest {
        pub key: Option<String> => 0 "key" opt,
    }
    required()
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedLifecycleRuleRequest {
        pub content_type: Option<ContentTypeEnum> => 0 "content_type" opt,
        pub grace_period: Option<String> => 1 "grace_period" opt,
        pub interval: Option<String> => 2 "interval" opt,
        pub min_reviewers: Option<u32> => 3 "min_reviewers" opt,
        pub min_reviewers_is_per_group: Option<bool> => 4 "min_reviewers_is_per_group" opt,
        pub name: Option<String> => 5 "name" opt,
        /// Select which transports should be used to notify the reviewers. If none are selected, the notification will only be shown in the authentik UI.
        pub notification_transports: Option<Vec<::uuid::Uuid>> => 6 "notification_transports" opt,
        pub object_id: Option<Option<String>> => 7 "object_id" opt_null,
        pub reviewer_groups: Option<Vec<::uuid::Uuid>> => 8 "reviewer_groups" opt,
        pub reviewers: Option<Vec<::uuid::Uuid>> => 9 "reviewers" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// MicrosoftEntraProviderMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedMicrosoftEntraProviderMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// MicrosoftEntraProvider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedMicrosoftEntraProviderRequest {
        pub client_id: Option<String> => 0 "client_id" opt,
        pub client_secret: Option<String> => 1 "client_secret" opt,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 2 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 3 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 4 "exclude_users_service_account" opt,
        pub filter_group: Option<Option<::uuid::Uuid>> => 5 "filter_group" opt_null,
        pub group_delete_action: Option<OutgoingSyncDeleteAction> => 6 "group_delete_action" opt,
        pub name: Option<String> => 7 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 8 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 9 "property_mappings_group" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 10 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 11 "sync_page_timeout" opt,
        pub tenant_id: Option<String> => 12 "tenant_id" opt,
        pub user_delete_action: Option<OutgoingSyncDeleteAction> => 13 "user_delete_action" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// MutualTLSStage Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedMutualTLSStageRequest {
        pub cert_attribute: Option<CertAttributeEnum> => 0 "cert_attribute" opt,
        /// Configure certificate authorities to validate the certificate against. This option has a higher priority than the `client_certificate` option on `Brand`.
        pub certificate_authorities: Option<Vec<::uuid::Uuid>> => 1 "certificate_authorities" opt,
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        pub mode: Option<StageModeEnum> => 3 "mode" opt,
        pub name: Option<String> => 4 "name" opt,
        pub user_attribute: Option<UserAttributeEnum> => 5 "user_attribute" opt,
    }
    required()
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Notification Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedNotificationRequest {
        pub event: Option<EventRequest> => 0 "event" opt,
        /// Since 2026.11.0-rc1.
        pub hyperlink: Option<Option<String>> => 1 "hyperlink" opt_null,
        /// Since 2026.11.0-rc1.
        pub hyperlink_label: Option<Option<String>> => 2 "hyperlink_label" opt_null,
        pub seen: Option<bool> => 3 "seen" opt,
    }
    required()
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// NotificationRule Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedNotificationRuleRequest {
        /// When enabled, notification will be sent to user the user that triggered the event.When destination_group is configured, notification is sent to both.
        ///
        /// Since 2025.6.2.
        pub destination_event_user: Option<bool> => 0 "destination_event_user" opt,
        /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
        ///
        /// Since 2025.6.2.
        pub destination_group: Option<Option<::uuid::Uuid>> => 1 "destination_group" opt_null,
        /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
        ///
        /// Until 2024.12.1 (removed in 2025.6.2).
        pub group: Option<Option<::uuid::Uuid>> => 2 "group" opt_null,
        pub name: Option<String> => 3 "name" opt,
        /// Controls which severity level the created notifications will have.
        pub severity: Option<SeverityEnum> => 4 "severity" opt,
        /// Select which transports should be used to notify the user. If none are selected, the notification will only be shown in the authentik UI.
        pub transports: Option<Vec<::uuid::Uuid>> => 5 "transports" opt,
    }
    required()
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// NotificationTransport Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedNotificationTransportRequest {
        /// Since 2026.11.0-rc1.
        pub email_subject_prefix: Option<String> => 0 "email_subject_prefix" opt,
        /// Since 2026.11.0-rc1.
        pub email_template: Option<String> => 1 "email_template" opt,
        pub mode: Option<TransportModeEnum> => 2 "mode" opt,
        pub name: Option<String> => 3 "name" opt,
        /// Only send notification once, for example when sending a webhook into a chat channel.
        pub send_once: Option<bool> => 4 "send_once" opt,
        /// When set, the selected certificate is used to validate the certificate of the webhook server.
        ///
        /// Since 2026.11.0-rc1.
        pub webhook_ca: Option<Option<::uuid::Uuid>> => 5 "webhook_ca" opt_null,
        /// Until 2024.12.1 (removed in 2025.6.2).
        pub webhook_mapping: Option<Option<::uuid::Uuid>> => 6 "webhook_mapping" opt_null,
        /// Customize the body of the request. Mapping should return data that is JSON-serializable.
        ///
        /// Since 2025.6.2.
        pub webhook_mapping_body: Option<Option<::uuid::Uuid>> => 7 "webhook_mapping_body" opt_null,
        /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
        ///
        /// Since 2025.6.2.
        pub webhook_mapping_headers: Option<Option<::uuid::Uuid>> => 8 "webhook_mapping_headers" opt_null,
        pub webhook_url: Option<String> => 9 "webhook_url" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// NotificationWebhookMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedNotificationWebhookMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        pub name: Option<String> => 1 "name" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// Serializer for OAuth2DynamicClientRegistration
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedOAuth2DynamicClientRegistrationRequest {
        /// Maximum access token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 0 "access_token_validity" opt,
        /// If empty, all grant types are allowed.
        pub allowed_grant_types: Option<Vec<GrantTypeEnum>> => 1 "allowed_grant_types" opt,
        /// Group to assign to automatically created applications.
        pub default_application_group: Option<String> => 2 "default_application_group" opt,
        /// Authorization flow applied to dynamically registered clients.
        pub override_authorization_flow: Option<Option<::uuid::Uuid>> => 3 "override_authorization_flow" opt_null,
        pub override_invalidation_flow: Option<Option<::uuid::Uuid>> => 4 "override_invalidation_flow" opt_null,
        /// Scope mappings applied to dynamically registered clients.
        pub override_property_mappings: Option<Vec<::uuid::Uuid>> => 5 "override_property_mappings" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 6 "policy_engine_mode" opt,
        pub provider: Option<i64> => 7 "provider" opt,
        /// Maximum refresh token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 8 "refresh_token_validity" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// OAuth2Provider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedOAuth2ProviderRequest {
        /// Access codes not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_code_validity: Option<String> => 0 "access_code_validity" opt,
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 1 "access_token_validity" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: Option<::uuid::Uuid> => 3 "authorization_flow" opt,
        pub client_id: Option<String> => 4 "client_id" opt,
        pub client_secret: Option<String> => 5 "client_secret" opt,
        /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
        pub client_type: Option<ClientTypeEnum> => 6 "client_type" opt,
        /// Key used to encrypt the tokens. When set, tokens will be encrypted and returned as JWEs.
        pub encryption_key: Option<Option<::uuid::Uuid>> => 7 "encryption_key" opt_null,
        /// Since 2026.11.0-rc1.
        pub grant_types: Option<Vec<GrantTypeEnum>> => 8 "grant_types" opt,
        /// Include User claims from scopes in the id_token, for applications that don't access the userinfo endpoint.
        pub include_claims_in_id_token: Option<bool> => 9 "include_claims_in_id_token" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: Option<::uuid::Uuid> => 10 "invalidation_flow" opt,
        /// Configure how the issuer field of the ID Token should be filled.
        pub issuer_mode: Option<IssuerModeEnum> => 11 "issuer_mode" opt,
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub jwks_sources: Option<Vec<::uuid::Uuid>> => 12 "jwks_sources" opt,
        /// Since 2024.12.1.
        pub jwt_federation_providers: Option<Vec<i64>> => 13 "jwt_federation_providers" opt,
        /// Since 2024.12.1.
        pub jwt_federation_sources: Option<Vec<::uuid::Uuid>> => 14 "jwt_federation_sources" opt,
        /// Backchannel logs out with server to server calls. Frontchannel uses iframes in your browser
        ///
        /// Since 2026.11.0-rc1.
        pub logout_method: Option<OAuth2ProviderLogoutMethodEnum> => 15 "logout_method" opt,
        /// Since 2026.11.0-rc1.
        pub logout_uri: Option<String> => 16 "logout_uri" opt,
        pub name: Option<String> => 17 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 18 "property_mappings" opt,
        /// A newline-separated string before 2024.12.1: read in either form, written as a string for older servers.
        pub redirect_uris: Option<Vec<RedirectURIRequest>> => 19 "redirect_uris" urls_opt("2024.12.1"),
        /// When refreshing a token, if the refresh token is valid for less than this duration, it will be renewed. When set to seconds=0, token will always be renewed. (Format: hours=1;minutes=2;seconds=3).
        ///
        /// Since 2026.11.0-rc1.
        pub refresh_token_threshold: Option<String> => 20 "refresh_token_threshold" opt,
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 21 "refresh_token_validity" opt,
        /// Key used to sign the tokens.
        pub signing_key: Option<Option<::uuid::Uuid>> => 22 "signing_key" opt_null,
        /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
        pub sub_mode: Option<SubModeEnum> => 23 "sub_mode" opt,
    }
    required()
    shapes(19 seq)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// OAuthSourcePropertyMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedOAuthSourcePropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// OAuth Source Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedOAuthSourceRequest {
        /// URL used by authentik to retrieve tokens.
        pub access_token_url: Option<Option<String>> => 0 "access_token_url" opt_null,
        pub additional_scopes: Option<String> => 1 "additional_scopes" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// How to perform authentication during an authorization_code token request flow
        ///
        /// Since 2025.6.2.
        pub authorization_code_auth_method: Option<AuthorizationCodeAuthMethodEnum> => 3 "authorization_code_auth_method" opt,
        /// URL the user is redirect to to conest the flow.
        pub authorization_url: Option<Option<String>> => 4 "authorization_url" opt_null,
        pub consumer_key: Option<String> => 5 "consumer_key" opt,
        pub consumer_secret: Option<String> => 6 "consumer_secret" opt,
        pub enabled: Option<bool> => 7 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 8 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 9 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 10 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 11 "icon" opt,
        /// Source's display Name.
        pub name: Option<String> => 12 "name" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub oidc_jwks: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 13 "oidc_jwks" opt_null,
        pub oidc_jwks_url: Option<String> => 14 "oidc_jwks_url" opt,
        pub oidc_well_known_url: Option<String> => 15 "oidc_well_known_url" opt,
        /// Since 2026.11.0-rc1.
        pub pkce: Option<PKCEMethodEnum> => 16 "pkce" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 17 "policy_engine_mode" opt,
        /// URL used by authentik to get user information.
        pub profile_url: Option<Option<String>> => 18 "profile_url" opt_null,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 19 "promoted" opt,
        pub provider_type: Option<ProviderTypeEnum> => 20 "provider_type" opt,
        /// URL used to request the initial token. This URL is only required for OAuth 1.
        pub request_token_url: Option<Option<String>> => 21 "request_token_url" opt_null,
        /// Internal source name, used in URLs.
        pub slug: Option<String> => 22 "slug" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 23 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 24 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 25 "user_property_mappings" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `PatchedObjectAttributeRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedObjectAttributeRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        pub group: Option<String> => 1 "group" opt,
        pub is_required: Option<bool> => 2 "is_required" opt,
        pub is_unique: Option<bool> => 3 "is_unique" opt,
        pub key: Option<String> => 4 "key" opt,
        pub label: Option<String> => 5 "label" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 6 "managed" opt_null,
        pub object_type: Option<String> => 7 "object_type" opt,
        pub regex: Option<String> => 8 "regex" opt,
        pub r#type: Option<ObjectAttributeTypeEnum> => 9 "type" opt,
    }
    required()
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Outpost Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedOutpostRequest {
        pub config: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "config" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
        pub providers: Option<Vec<i64>> => 3 "providers" opt,
        /// Select Service-Connection authentik should use to manage this outpost. Leave empty if authentik should not handle the deployment.
        pub service_connection: Option<Option<::uuid::Uuid>> => 4 "service_connection" opt_null,
        pub r#type: Option<OutpostTypeEnum> => 5 "type" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Expiry Policy Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPasswordExpiryPolicyRequest {
        pub days: Option<i32> => 0 "days" opt,
        pub deny_only: Option<bool> => 1 "deny_only" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 2 "execution_logging" opt,
        pub name: Option<String> => 3 "name" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Policy Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPasswordPolicyRequest {
        pub amount_digits: Option<u32> => 0 "amount_digits" opt,
        pub amount_lowercase: Option<u32> => 1 "amount_lowercase" opt,
        pub amount_symbols: Option<u32> => 2 "amount_symbols" opt,
        pub amount_uppercase: Option<u32> => 3 "amount_uppercase" opt,
        pub check_have_i_been_pwned: Option<bool> => 4 "check_have_i_been_pwned" opt,
        pub check_static_rules: Option<bool> => 5 "check_static_rules" opt,
        pub check_zxcvbn: Option<bool> => 6 "check_zxcvbn" opt,
        pub error_message: Option<String> => 7 "error_message" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 8 "execution_logging" opt,
        /// How many times the password hash is allowed to be on haveibeenpwned
        pub hibp_allowed_count: Option<u32> => 9 "hibp_allowed_count" opt,
        pub length_min: Option<u32> => 10 "length_min" opt,
        pub name: Option<String> => 11 "name" opt,
        /// Field key to check, field keys defined in Prompt stages are available.
        pub password_field: Option<String> => 12 "password_field" opt,
        pub symbol_charset: Option<String> => 13 "symbol_charset" opt,
        /// If the zxcvbn score is equal or less than this value, the policy will fail.
        pub zxcvbn_score_threshold: Option<u32> => 14 "zxcvbn_score_threshold" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// PasswordStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPasswordStageRequest {
        /// When enabled, provides a 'show password' button with the password input field.
        pub allow_show_password: Option<bool> => 0 "allow_show_password" opt,
        /// Selection of backends to test the password against.
        pub backends: Option<Vec<BackendsEnum>> => 1 "backends" opt,
        /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
        pub configure_flow: Option<Option<::uuid::Uuid>> => 2 "configure_flow" opt_null,
        /// How many attempts a user has before the flow is canceled. To lock the user out, use a reputation policy and a user_write stage.
        pub failed_attempts_before_cancel: Option<i32> => 3 "failed_attempts_before_cancel" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 4 "flow_set" opt,
        pub name: Option<String> => 5 "name" opt,
    }
    required()
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Request to assign a new permission
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPermissionAssignRequest {
        pub model: Option<ModelEnum> => 0 "model" opt,
        pub object_pk: Option<String> => 1 "object_pk" opt,
        pub permissions: Option<Vec<String>> => 2 "permissions" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// PlexSourcePropertyMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPlexSourcePropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Plex Source Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPlexSourceRequest {
        /// Allow friends to authenticate, even if you don't share a server.
        pub allow_friends: Option<bool> => 0 "allow_friends" opt,
        /// Which servers a user has to be a member of to be granted access. Empty list allows every server.
        pub allowed_servers: Option<Vec<String>> => 1 "allowed_servers" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// Client identifier used to talk to Plex.
        pub client_id: Option<String> => 3 "client_id" opt,
        pub enabled: Option<bool> => 4 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 5 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 6 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 7 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 8 "icon" opt,
        /// Source's display Name.
        pub name: Option<String> => 9 "name" opt,
        /// Plex token used to check friends
        pub plex_token: Option<String> => 10 "plex_token" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 11 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 12 "promoted" opt,
        /// Internal source name, used in URLs.
        pub slug: Option<String> => 13 "slug" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 14 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 15 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 16 "user_property_mappings" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// PolicyBinding Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPolicyBindingRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        /// Result if the Policy execution fails.
        pub failure_result: Option<bool> => 1 "failure_result" opt,
        pub group: Option<Option<::uuid::Uuid>> => 2 "group" opt_null,
        /// Negates the outcome of the policy. Messages are unaffected.
        pub negate: Option<bool> => 3 "negate" opt,
        pub order: Option<i32> => 4 "order" opt,
        pub policy: Option<Option<::uuid::Uuid>> => 5 "policy" opt_null,
        pub target: Option<::uuid::Uuid> => 6 "target" opt,
        /// Timeout after which Policy execution is terminated.
        pub timeout: Option<u32> => 7 "timeout" opt,
        pub user: Option<Option<i64>> => 8 "user" opt_null,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// Prompt Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPromptRequest {
        /// Name of the form field, also used to store the value
        pub field_key: Option<String> => 0 "field_key" opt,
        /// Optionally pre-fill the input with an initial value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple default choices.
        pub initial_value: Option<String> => 1 "initial_value" opt,
        pub initial_value_expression: Option<bool> => 2 "initial_value_expression" opt,
        pub label: Option<String> => 3 "label" opt,
        pub name: Option<String> => 4 "name" opt,
        pub order: Option<i32> => 5 "order" opt,
        /// Optionally provide a short hint that describes the expected input value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple choices.
        pub placeholder: Option<String> => 6 "placeholder" opt,
        pub placeholder_expression: Option<bool> => 7 "placeholder_expression" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub promptstage_set: Option<Vec<::serde_json::Value>> => 8 "promptstage_set" opt,
        pub required: Option<bool> => 9 "required" opt,
        pub sub_text: Option<String> => 10 "sub_text" opt,
        pub r#type: Option<PromptTypeEnum> => 11 "type" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// PromptStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedPromptStageRequest {
        pub fields: Option<Vec<::uuid::Uuid>> => 0 "fields" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub name: Option<String> => 2 "name" opt,
        pub validation_policies: Option<Vec<::uuid::Uuid>> => 3 "validation_policies" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// ProxyProvider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedProxyProviderRequest {
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 0 "access_token_validity" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 1 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: Option<::uuid::Uuid> => 2 "authorization_flow" opt,
        /// Set a custom HTTP-Basic Authentication header based on values from authentik.
        pub basic_auth_enabled: Option<bool> => 3 "basic_auth_enabled" opt,
        /// User/Group Attribute used for the password part of the HTTP-Basic Header.
        pub basic_auth_password_attribute: Option<String> => 4 "basic_auth_password_attribute" opt,
        /// User/Group Attribute used for the user part of the HTTP-Basic Header. If not set, the user's Email address is used.
        pub basic_auth_user_attribute: Option<String> => 5 "basic_auth_user_attribute" opt,
        pub certificate: Option<Option<::uuid::Uuid>> => 6 "certificate" opt_null,
        pub cookie_domain: Option<String> => 7 "cookie_domain" opt,
        pub external_host: Option<String> => 8 "external_host" opt,
        /// When enabled, this provider will intercept the authorization header and authenticate requests based on its value.
        pub intercept_header_auth: Option<bool> => 9 "intercept_header_auth" opt,
        pub internal_host: Option<String> => 10 "internal_host" opt,
        /// Validate SSL Certificates of upstream servers
        pub internal_host_ssl_validation: Option<bool> => 11 "internal_host_ssl_validation" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: Option<::uuid::Uuid> => 12 "invalidation_flow" opt,
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub jwks_sources: Option<Vec<::uuid::Uuid>> => 13 "jwks_sources" opt,
        /// Since 2024.12.1.
        pub jwt_federation_providers: Option<Vec<i64>> => 14 "jwt_federation_providers" opt,
        /// Since 2024.12.1.
        pub jwt_federation_sources: Option<Vec<::uuid::Uuid>> => 15 "jwt_federation_sources" opt,
        /// Enable support for forwardAuth in traefik and nginx auth_request. Exclusive with internal_host.
        pub mode: Option<ProxyMode> => 16 "mode" opt,
        pub name: Option<String> => 17 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 18 "property_mappings" opt,
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 19 "refresh_token_validity" opt,
        /// Regular expressions for which authentication is not required. Each new line is interpreted as a new Regular Expression.
        pub skip_path_regex: Option<String> => 20 "skip_path_regex" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// RACPropertyMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRACPropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
        pub static_settings: Option<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        > => 3 "static_settings" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// RACProvider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRACProviderRequest {
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: Option<::uuid::Uuid> => 1 "authorization_flow" opt,
        /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
        pub connection_expiry: Option<String> => 2 "connection_expiry" opt,
        /// When set to true, connection tokens will be deleted upon disconnect.
        pub delete_token_on_disconnect: Option<bool> => 3 "delete_token_on_disconnect" opt,
        /// Flow used ending the session from a provider.
        ///
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub invalidation_flow: Option<::uuid::Uuid> => 4 "invalidation_flow" opt,
        pub name: Option<String> => 5 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 6 "property_mappings" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub settings: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 7 "settings" opt_null,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// RadiusProviderPropertyMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRadiusProviderPropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// RadiusProvider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRadiusProviderRequest {
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: Option<::uuid::Uuid> => 1 "authorization_flow" opt,
        /// Since 2026.11.0-rc1.
        pub certificate: Option<Option<::uuid::Uuid>> => 2 "certificate" opt_null,
        /// List of CIDRs (comma-separated) that clients can connect from. A more specific CIDR will match before a looser one. Clients connecting from a non-specified CIDR will be dropped.
        pub client_networks: Option<String> => 3 "client_networks" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: Option<::uuid::Uuid> => 4 "invalidation_flow" opt,
        /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
        pub mfa_support: Option<bool> => 5 "mfa_support" opt,
        pub name: Option<String> => 6 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 7 "property_mappings" opt,
        /// Shared secret between clients and server to hash packets.
        pub shared_secret: Option<String> => 8 "shared_secret" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// RedirectStage Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRedirectStageRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub keep_context: Option<bool> => 1 "keep_context" opt,
        pub mode: Option<RedirectStageModeEnum> => 2 "mode" opt,
        pub name: Option<String> => 3 "name" opt,
        pub target_flow: Option<Option<::uuid::Uuid>> => 4 "target_flow" opt_null,
        pub target_static: Option<String> => 5 "target_static" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Reputation Policy Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedReputationPolicyRequest {
        pub check_ip: Option<bool> => 0 "check_ip" opt,
        pub check_username: Option<bool> => 1 "check_username" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 2 "execution_logging" opt,
        pub name: Option<String> => 3 "name" opt,
        pub threshold: Option<i32> => 4 "threshold" opt,
    }
    required()
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRequestRuleBindingRequest {
        /// The maximum duration a grant approved against this binding can last.
        pub expiry_granted_max: Option<String> => 0 "expiry_granted_max" opt,
        /// How long a request against this binding stays pending before it automatically lapses if not approved or denied.
        pub expiry_pending: Option<String> => 1 "expiry_pending" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 2 "policy_engine_mode" opt,
        pub rule: Option<::uuid::Uuid> => 3 "rule" opt,
        pub target: Option<::uuid::Uuid> => 4 "target" opt,
        pub uuid: Option<::uuid::Uuid> => 5 "uuid" opt,
    }
    required()
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// `PatchedRequestRuleChildBindingRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRequestRuleChildBindingRequest {
        pub binding: Option<::uuid::Uuid> => 0 "binding" opt,
        pub target: Option<::uuid::Uuid> => 1 "target" opt,
        pub uuid: Option<::uuid::Uuid> => 2 "uuid" opt,
    }
    required()
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRequestRuleRequest {
        pub min_reviewers: Option<u32> => 0 "min_reviewers" opt,
        pub min_reviewers_is_per_group: Option<bool> => 1 "min_reviewers_is_per_group" opt,
        pub name: Option<String> => 2 "name" opt,
        pub notification_mode: Option<NotificationModeEnum> => 3 "notification_mode" opt,
        pub notification_transports: Option<Vec<::uuid::Uuid>> => 4 "notification_transports" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 5 "policy_engine_mode" opt,
        pub request_flow: Option<Option<::uuid::Uuid>> => 6 "request_flow" opt_null,
        pub uuid: Option<::uuid::Uuid> => 7 "uuid" opt,
    }
    required()
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Role serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedRoleRequest {
        pub name: Option<String> => 0 "name" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SAMLPropertyMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSAMLPropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        pub friendly_name: Option<Option<String>> => 1 "friendly_name" opt_null,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        pub name: Option<String> => 3 "name" opt,
        pub saml_name: Option<String> => 4 "saml_name" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SAMLProvider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSAMLProviderRequest {
        pub acs_url: Option<String> => 0 "acs_url" opt,
        /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
        pub assertion_valid_not_before: Option<String> => 1 "assertion_valid_not_before" opt,
        /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub assertion_valid_not_on_or_after: Option<String> => 2 "assertion_valid_not_on_or_after" opt,
        /// Value of the audience restriction field of the assertion. When left empty, no audience restriction will be added.
        pub audience: Option<String> => 3 "audience" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 4 "authentication_flow" opt_null,
        /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
        ///
        /// Since 2025.6.2.
        pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>> => 5 "authn_context_class_ref_mapping" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: Option<::uuid::Uuid> => 6 "authorization_flow" opt,
        /// Since 2026.11.0-rc1.
        pub default_name_id_policy: Option<SAMLNameIDPolicyEnum> => 7 "default_name_id_policy" opt,
        /// Default relay_state value for IDP-initiated logins
        pub default_relay_state: Option<String> => 8 "default_relay_state" opt,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 9 "digest_algorithm" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 10 "encryption_kp" opt_null,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: Option<::uuid::Uuid> => 11 "invalidation_flow" opt,
        /// Also known as EntityID
        ///
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub issuer: Option<String> => 12 "issuer" opt,
        /// Also known as EntityID. Providing a value overrides the default issuer generated by authentik.
        ///
        /// Since 2026.11.0-rc1.
        pub issuer_override: Option<String> => 13 "issuer_override" opt,
        /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
        ///
        /// Since 2026.11.0-rc1.
        pub logout_method: Option<SAMLLogoutMethods> => 14 "logout_method" opt,
        pub name: Option<String> => 15 "name" opt,
        /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
        pub name_id_mapping: Option<Option<::uuid::Uuid>> => 16 "name_id_mapping" opt_null,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 17 "property_mappings" opt,
        /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub session_valid_not_on_or_after: Option<String> => 18 "session_valid_not_on_or_after" opt,
        pub sign_assertion: Option<bool> => 19 "sign_assertion" opt,
        /// Since 2026.11.0-rc1.
        pub sign_logout_request: Option<bool> => 20 "sign_logout_request" opt,
        /// Since 2026.11.0-rc1.
        pub sign_logout_response: Option<bool> => 21 "sign_logout_response" opt,
        pub sign_response: Option<bool> => 22 "sign_response" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 23 "signature_algorithm" opt,
        /// Keypair used to sign outgoing Responses going to the Service Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 24 "signing_kp" opt_null,
        /// This determines how authentik sends the logout response back to the Service Provider.
        ///
        /// Since 2026.11.0-rc1.
        pub sls_binding: Option<SAMLBindingsEnum> => 25 "sls_binding" opt,
        /// Single Logout Service URL where the logout response should be sent.
        ///
        /// Since 2026.11.0-rc1.
        pub sls_url: Option<String> => 26 "sls_url" opt,
        /// This determines how authentik sends the response back to the Service Provider.
        pub sp_binding: Option<SAMLBindingsEnum> => 27 "sp_binding" opt,
        /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
        pub verification_kp: Option<Option<::uuid::Uuid>> => 28 "verification_kp" opt_null,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SAMLSourcePropertyMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSAMLSourcePropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SAMLSource Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSAMLSourceRequest {
        /// Allows authentication flows initiated by the IdP. This can be a security risk, as no validation of the request ID is done.
        pub allow_idp_initiated: Option<bool> => 0 "allow_idp_initiated" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 1 "authentication_flow" opt_null,
        pub binding_type: Option<BindingTypeEnum> => 2 "binding_type" opt,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 3 "digest_algorithm" opt,
        pub enabled: Option<bool> => 4 "enabled" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 5 "encryption_kp" opt_null,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 6 "enrollment_flow" opt_null,
        /// When enabled, the IdP will re-authenticate the user even if a session exists.
        ///
        /// Since 2026.11.0-rc1.
        pub force_authn: Option<bool> => 7 "force_authn" opt,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 8 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 9 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 10 "icon" opt,
        /// Also known as Entity ID. Defaults the Metadata URL.
        ///
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub issuer: Option<String> => 11 "issuer" opt,
        /// Also known as Entity ID. Defaults to the Metadata URL.
        ///
        /// Since 2026.11.0-rc1.
        pub issuer_override: Option<String> => 12 "issuer_override" opt,
        /// Source's display Name.
        pub name: Option<String> => 13 "name" opt,
        /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
        pub name_id_policy: Option<SAMLNameIDPolicyEnum> => 14 "name_id_policy" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 15 "policy_engine_mode" opt,
        /// Flow used before authentication.
        pub pre_authentication_flow: Option<::uuid::Uuid> => 16 "pre_authentication_flow" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 17 "promoted" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 18 "signature_algorithm" opt,
        /// Since 2026.11.0-rc1.
        pub signed_assertion: Option<bool> => 19 "signed_assertion" opt,
        /// Since 2026.11.0-rc1.
        pub signed_response: Option<bool> => 20 "signed_response" opt,
        /// Keypair used to sign outgoing Responses going to the Identity Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 21 "signing_kp" opt_null,
        /// Optional URL if your IDP supports Single-Logout.
        pub slo_url: Option<Option<String>> => 22 "slo_url" opt_null,
        /// Internal source name, used in URLs.
        pub slug: Option<String> => 23 "slug" opt,
        /// URL that the initial Login request is sent to.
        pub sso_url: Option<String> => 24 "sso_url" opt,
        /// Time offset when temporary users should be deleted. This only applies if your IDP uses the NameID Format 'transient', and the user doesn't log out manually. (Format: hours=1;minutes=2;seconds=3).
        pub temporary_user_delete_after: Option<String> => 25 "temporary_user_delete_after" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 26 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 27 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 28 "user_property_mappings" opt,
        /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
        pub verification_kp: Option<Option<::uuid::Uuid>> => 29 "verification_kp" opt_null,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SCIMMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSCIMMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SCIMProvider Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSCIMProviderRequest {
        /// Since 2026.11.0-rc1.
        pub auth_mode: Option<SCIMAuthenticationModeEnum> => 0 "auth_mode" opt,
        /// OAuth Source used for authentication
        ///
        /// Since 2026.11.0-rc1.
        pub auth_oauth: Option<Option<::uuid::Uuid>> => 1 "auth_oauth" opt_null,
        /// Additional OAuth parameters, such as grant_type
        ///
        /// Since 2026.11.0-rc1.
        pub auth_oauth_params: Option<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        > => 2 "auth_oauth_params" opt,
        /// Alter authentik behavior for vendor-specific SCIM implementations.
        ///
        /// Since 2025.6.2.
        pub compatibility_mode: Option<CompatibilityModeEnum> => 3 "compatibility_mode" opt,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 4 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 5 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 6 "exclude_users_service_account" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub filter_group: Option<Option<::uuid::Uuid>> => 7 "filter_group" opt_null,
        /// Group filters used to define sync-scope for groups.
        ///
        /// Since 2026.11.0-rc1.
        pub group_filters: Option<Vec<::uuid::Uuid>> => 8 "group_filters" opt,
        pub name: Option<String> => 9 "name" opt,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 10 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 11 "property_mappings_group" opt,
        /// Cache duration for ServiceProviderConfig responses. Set minutes=0 to disable.
        ///
        /// Since 2026.11.0-rc1.
        pub service_provider_config_cache_timeout: Option<String> => 12 "service_provider_config_cache_timeout" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 13 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 14 "sync_page_timeout" opt,
        /// Authentication token
        pub token: Option<String> => 15 "token" opt,
        /// Base URL to SCIM requests, usually ends in /v2
        pub url: Option<String> => 16 "url" opt,
        pub verify_certificates: Option<bool> => 17 "verify_certificates" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSourceGroup Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSCIMSourceGroupRequest {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        /// Since 2026.11.0-rc1.
        pub external_id: Option<String> => 1 "external_id" opt,
        pub group: Option<::uuid::Uuid> => 2 "group" opt,
        pub id: Option<String> => 3 "id" opt,
        pub source: Option<::uuid::Uuid> => 4 "source" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SCIMSourcePropertyMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSCIMSourcePropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSource Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSCIMSourceRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 1 "group_property_mappings" opt,
        /// Source's display Name.
        pub name: Option<String> => 2 "name" opt,
        /// Internal source name, used in URLs.
        pub slug: Option<String> => 3 "slug" opt,
        pub user_path_template: Option<String> => 4 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 5 "user_property_mappings" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSourceUser Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSCIMSourceUserRequest {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        /// Since 2026.11.0-rc1.
        pub external_id: Option<String> => 1 "external_id" opt,
        pub id: Option<String> => 2 "id" opt,
        pub source: Option<::uuid::Uuid> => 3 "source" opt,
        pub user: Option<i64> => 4 "user" opt,
    }
    required()
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for sms authenticator devices
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSMSDeviceRequest {
        /// The human-readable name of this device.
        pub name: Option<String> => 0 "name" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SSFProvider Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSSFProviderRequest {
        pub event_retention: Option<String> => 0 "event_retention" opt,
        pub name: Option<String> => 1 "name" opt,
        pub oidc_auth_providers: Option<Vec<i64>> => 2 "oidc_auth_providers" opt,
        /// Since 2026.11.0-rc1.
        pub push_verify_certificates: Option<bool> => 3 "push_verify_certificates" opt,
        /// Key used to sign the SSF Events.
        pub signing_key: Option<::uuid::Uuid> => 4 "signing_key" opt,
    }
    required()
}

#[cfg(feature = "tasks")]
super::runtime::object! {
    /// `PatchedScheduleRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedScheduleRequest {
        /// When to schedule tasks
        pub crontab: Option<String> => 0 "crontab" opt,
        /// Pause this schedule
        pub paused: Option<bool> => 1 "paused" opt,
        pub rel_obj_id: Option<Option<String>> => 2 "rel_obj_id" opt_null,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// ScopeMapping Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedScopeMappingRequest {
        /// Description shown to the user when consenting. If left empty, the user won't be informed.
        pub description: Option<String> => 0 "description" opt,
        pub expression: Option<String> => 1 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        pub name: Option<String> => 3 "name" opt,
        /// Scope name requested by the client
        pub scope_name: Option<String> => 4 "scope_name" opt,
    }
    required()
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// Settings Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSettingsRequest {
        /// Configure how authentik should show avatars for users.
        pub avatars: Option<String> => 0 "avatars" opt,
        /// Configure the base URL under which this authentik instance is reachable, e.g. https://authentik.company
        ///
        /// Since 2026.11.0-rc1.
        pub base_url: Option<String> => 1 "base_url" opt,
        /// Default token duration
        pub default_token_duration: Option<String> => 2 "default_token_duration" opt,
        /// Default token length
        pub default_token_length: Option<u32> => 3 "default_token_length" opt,
        /// Enable the ability for users to change their email address.
        pub default_user_change_email: Option<bool> => 4 "default_user_change_email" opt,
        /// Enable the ability for users to change their name.
        pub default_user_change_name: Option<bool> => 5 "default_user_change_name" opt,
        /// Enable the ability for users to change their username.
        pub default_user_change_username: Option<bool> => 6 "default_user_change_username" opt,
        /// Events will be deleted after this duration.(Format: weeks=3;days=2;hours=3,seconds=2).
        pub event_retention: Option<String> => 7 "event_retention" opt,
        /// Since 2026.11.0-rc1.
        pub flags: Option<PatchedSettingsRequestFlags> => 8 "flags" opt,
        pub footer_links: Option<::serde_json::Value> => 9 "footer_links" opt_null,
        /// When enabled, all the events caused by a user will be deleted upon the user's deletion.
        pub gdpr_compliance: Option<bool> => 10 "gdpr_compliance" opt,
        /// Globally enable/disable impersonation.
        pub impersonation: Option<bool> => 11 "impersonation" opt,
        /// Require administrators to provide a reason for impersonating a user.
        ///
        /// Since 2024.12.1.
        pub impersonation_require_reason: Option<bool> => 12 "impersonation_require_reason" opt,
        /// Default page size for API responses, if no size was requested.
        ///
        /// Since 2026.11.0-rc1.
        pub pagination_default_page_size: Option<u32> => 13 "pagination_default_page_size" opt,
        /// Maximum page size
        ///
        /// Since 2026.11.0-rc1.
        pub pagination_max_page_size: Option<u32> => 14 "pagination_max_page_size" opt,
        /// Reputation cannot decrease lower than this value. Zero or negative.
        ///
        /// Since 2025.6.2.
        pub reputation_lower_limit: Option<i32> => 15 "reputation_lower_limit" opt,
        /// Reputation cannot increase higher than this value. Zero or positive.
        ///
        /// Since 2025.6.2.
        pub reputation_upper_limit: Option<u32> => 16 "reputation_upper_limit" opt,
    }
    required()
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// `PatchedSettingsRequestFlags`
    #[derive(Clone, Debug, PartialEq)]
    pub struct PatchedSettingsRequestFlags {
        /// Applications with no policies bound can be accessed by any user.
        pub core_default_app_access: bool => 0 "core_default_app_access" req,
        /// Include additional information in audit logs, may incur a performance penalty.
        pub enterprise_audit_include_expanded_diff: bool => 1 "enterprise_audit_include_expanded_diff" req,
        /// Upon successful authentication, re-start authentication in other open tabs.
        pub flows_continuous_login: bool => 2 "flows_continuous_login" req,
        /// Refresh other tabs after successful authentication.
        pub flows_refresh_others: bool => 3 "flows_refresh_others" req,
    }
    required(
        0 core_default_app_access, 1 enterprise_audit_include_expanded_diff,
        2 flows_continuous_login, 3 flows_refresh_others,
    )
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// SourceStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedSourceStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub name: Option<String> => 1 "name" opt,
        /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
        pub resume_timeout: Option<String> => 2 "resume_timeout" opt,
        pub source: Option<::uuid::Uuid> => 3 "source" opt,
    }
    required()
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for static authenticator devices
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedStaticDeviceRequest {
        /// The human-readable name of this device.
        pub name: Option<String> => 0 "name" opt,
    }
    required()
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for totp authenticator devices
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedTOTPDeviceRequest {
        /// The human-readable name of this device.
        pub name: Option<String> => 0 "name" opt,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// TelegramSourcePropertyMapping Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedTelegramSourcePropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: Option<String> => 2 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Source Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedTelegramSourceRequest {
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Telegram bot token
        pub bot_token: Option<String> => 1 "bot_token" opt,
        /// Telegram bot username
        pub bot_username: Option<String> => 2 "bot_username" opt,
        pub enabled: Option<bool> => 3 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 4 "enrollment_flow" opt_null,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 5 "group_property_mappings" opt,
        pub icon: Option<String> => 6 "icon" opt,
        /// Source's display Name.
        pub name: Option<String> => 7 "name" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 8 "policy_engine_mode" opt,
        /// Flow used before authentication.
        pub pre_authentication_flow: Option<::uuid::Uuid> => 9 "pre_authentication_flow" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        pub promoted: Option<bool> => 10 "promoted" opt,
        /// Request access to send messages from your bot.
        pub request_message_access: Option<bool> => 11 "request_message_access" opt,
        /// Internal source name, used in URLs.
        pub slug: Option<String> => 12 "slug" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 13 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 14 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 15 "user_property_mappings" opt,
    }
    required()
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Tenant Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedTenantRequest {
        pub name: Option<String> => 0 "name" opt,
        pub ready: Option<bool> => 1 "ready" opt,
        pub schema_name: Option<String> => 2 "schema_name" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Token Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedTokenRequest {
        pub description: Option<String> => 0 "description" opt,
        pub expires: Option<Option<super::runtime::DateTime>> => 1 "expires" opt_null,
        pub expiring: Option<bool> => 2 "expiring" opt,
        pub identifier: Option<String> => 3 "identifier" opt,
        pub intent: Option<IntentEnum> => 4 "intent" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 5 "managed" opt_null,
        pub user: Option<i64> => 6 "user" opt,
    }
    required()
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Uniqueness Policy Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUniquePasswordPolicyRequest {
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 0 "execution_logging" opt,
        pub name: Option<String> => 1 "name" opt,
        /// Number of passwords to check against.
        pub num_historical_passwords: Option<u32> => 2 "num_historical_passwords" opt,
        /// Field key to check, field keys defined in Prompt stages are available.
        pub password_field: Option<String> => 3 "password_field" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserDeleteStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserDeleteStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub name: Option<String> => 1 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserKerberosSourceConnectionRequest {
        pub identifier: Option<String> => 0 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 1 "source" opt,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 2 "user" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserLDAPSourceConnectionRequest {
        pub identifier: Option<String> => 0 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 1 "source" opt,
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 2 "user" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserLoginStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserLoginStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        /// Bind sessions created by this stage to the configured GeoIP location
        pub geoip_binding: Option<GeoipBindingEnum> => 1 "geoip_binding" opt,
        pub name: Option<String> => 2 "name" opt,
        /// Bind sessions created by this stage to the configured network
        pub network_binding: Option<NetworkBindingEnum> => 3 "network_binding" opt,
        /// When set to a non-zero value, authentik will save a cookie with a longer expiry,to remember the device the user is logging in from. (Format: hours=-1;minutes=-2;seconds=-3)
        ///
        /// Since 2026.11.0-rc1.
        pub remember_device: Option<String> => 4 "remember_device" opt,
        /// Offset the session will be extended by when the user picks the remember me option. Default of 0 means that the remember me option will not be shown. (Format: hours=-1;minutes=-2;seconds=-3)
        pub remember_me_offset: Option<String> => 5 "remember_me_offset" opt,
        /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
        pub session_duration: Option<String> => 6 "session_duration" opt,
        /// Terminate all other sessions of the user logging in.
        pub terminate_other_sessions: Option<bool> => 7 "terminate_other_sessions" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserLogoutStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserLogoutStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub name: Option<String> => 1 "name" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserOAuthSourceConnectionRequest {
        pub access_token: Option<Option<String>> => 0 "access_token" opt_null,
        /// Since 2026.11.0-rc1.
        pub expires: Option<super::runtime::DateTime> => 1 "expires" opt,
        pub identifier: Option<String> => 2 "identifier" opt,
        /// Since 2024.12.1.
        pub source: Option<::uuid::Uuid> => 3 "source" opt,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 4 "user" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserPlexSourceConnectionRequest {
        pub identifier: Option<String> => 0 "identifier" opt,
        pub plex_token: Option<String> => 1 "plex_token" opt,
        /// Since 2024.12.1.
        pub source: Option<::uuid::Uuid> => 2 "source" opt,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 3 "user" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// User Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        pub groups: Option<Vec<::uuid::Uuid>> => 2 "groups" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 3 "is_active" opt,
        pub last_login: Option<Option<super::runtime::DateTime>> => 4 "last_login" opt_null,
        /// User's display name.
        pub name: Option<String> => 5 "name" opt,
        pub path: Option<String> => 6 "path" opt,
        /// Since 2026.11.0-rc1.
        pub roles: Option<Vec<::uuid::Uuid>> => 7 "roles" opt,
        pub r#type: Option<UserTypeEnum> => 8 "type" opt,
        pub username: Option<String> => 9 "username" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserSAMLSourceConnectionRequest {
        pub identifier: Option<String> => 0 "identifier" opt,
        /// Since 2024.12.1.
        pub source: Option<::uuid::Uuid> => 1 "source" opt,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 2 "user" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserSourceConnectionRequest {
        /// Since 2025.6.2.
        pub identifier: Option<String> => 0 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 1 "source" opt,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 2 "user" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserTelegramSourceConnectionRequest {
        pub identifier: Option<String> => 0 "identifier" opt,
        pub source: Option<::uuid::Uuid> => 1 "source" opt,
    }
    required()
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserWriteStage Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedUserWriteStageRequest {
        /// When set, newly created users are inactive and cannot login.
        pub create_users_as_inactive: Option<bool> => 0 "create_users_as_inactive" opt,
        /// Optionally add newly created users to this group.
        pub create_users_group: Option<Option<::uuid::Uuid>> => 1 "create_users_group" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        pub name: Option<String> => 3 "name" opt,
        pub user_creation_mode: Option<UserCreationModeEnum> => 4 "user_creation_mode" opt,
        pub user_path_template: Option<String> => 5 "user_path_template" opt,
        pub user_type: Option<UserTypeEnum> => 6 "user_type" opt,
    }
    required()
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// WSFederationProvider Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedWSFederationProviderRequest {
        /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
        pub assertion_valid_not_before: Option<String> => 0 "assertion_valid_not_before" opt,
        /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub assertion_valid_not_on_or_after: Option<String> => 1 "assertion_valid_not_on_or_after" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
        pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>> => 3 "authn_context_class_ref_mapping" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: Option<::uuid::Uuid> => 4 "authorization_flow" opt,
        pub default_name_id_policy: Option<SAMLNameIDPolicyEnum> => 5 "default_name_id_policy" opt,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 6 "digest_algorithm" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 7 "encryption_kp" opt_null,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: Option<::uuid::Uuid> => 8 "invalidation_flow" opt,
        pub name: Option<String> => 9 "name" opt,
        /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
        pub name_id_mapping: Option<Option<::uuid::Uuid>> => 10 "name_id_mapping" opt_null,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 11 "property_mappings" opt,
        pub reply_url: Option<String> => 12 "reply_url" opt,
        /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
        pub saml_version: Option<SamlVersionEnum> => 13 "saml_version" opt,
        /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub session_valid_not_on_or_after: Option<String> => 14 "session_valid_not_on_or_after" opt,
        pub sign_assertion: Option<bool> => 15 "sign_assertion" opt,
        pub sign_logout_request: Option<bool> => 16 "sign_logout_request" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 17 "signature_algorithm" opt,
        /// Keypair used to sign outgoing Responses going to the Service Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 18 "signing_kp" opt_null,
        pub wtrealm: Option<String> => 19 "wtrealm" opt,
    }
    required()
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for WebAuthn authenticator devices
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PatchedWebAuthnDeviceRequest {
        pub name: Option<String> => 0 "name" opt,
    }
    required()
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Global permission
    #[derive(Clone, Debug, PartialEq)]
    pub struct Permission {
        pub app_label: String => 0 "app_label" req,
        /// Human-readable app label
        pub app_label_verbose: String => 1 "app_label_verbose" req,
        pub codename: String => 2 "codename" req,
        pub id: i64 => 3 "id" req,
        pub model: String => 4 "model" req,
        /// Human-readable model name
        pub model_verbose: String => 5 "model_verbose" req,
        pub name: String => 6 "name" req,
    }
    required(0 app_label, 1 app_label_verbose, 2 codename, 3 id, 4 model, 5 model_verbose, 6 name)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Request to assign a new permission
    #[derive(Clone, Debug, PartialEq)]
    pub struct PermissionAssignRequest {
        pub model: Option<ModelEnum> => 0 "model" opt,
        pub object_pk: Option<String> => 1 "object_pk" opt,
        pub permissions: Vec<String> => 2 "permissions" req,
    }
    required(2 permissions)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Result from assigning permissions to a user/role
    #[derive(Clone, Debug, PartialEq)]
    pub struct PermissionAssignResult {
        pub id: String => 0 "id" req,
    }
    required(0 id)
}

super::runtime::object! {
    /// Global permission
    ///
    /// In 2025.6.2 only (removed in 2026.11.0-rc1).
    #[deprecated(note = "In 2025.6.2 only (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct PermissionRequest {
        pub codename: String => 0 "codename" req,
        pub name: String => 1 "name" req,
    }
    required(0 codename, 1 name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge shown to the user in identification stage
    #[derive(Clone, Debug, PartialEq)]
    pub struct PlexAuthenticationChallenge {
        pub client_id: String => 0 "client_id" req,
        pub component: Option<String> => 1 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 3 "response_errors" opt,
        pub slug: String => 4 "slug" req,
    }
    required(0 client_id, 4 slug)
    shapes(3 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Pseudo class for plex response
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PlexAuthenticationChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Plex Source Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PlexSource {
        /// Allow friends to authenticate, even if you don't share a server.
        pub allow_friends: Option<bool> => 0 "allow_friends" opt,
        /// Which servers a user has to be a member of to be granted access. Empty list allows every server.
        pub allowed_servers: Option<Vec<String>> => 1 "allowed_servers" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// Client identifier used to talk to Plex.
        pub client_id: Option<String> => 3 "client_id" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 4 "component" req,
        pub enabled: Option<bool> => 5 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 6 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 7 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 8 "group_property_mappings" opt,
        pub icon: Option<String> => 9 "icon" opt,
        /// Since 2026.11.0-rc1.
        pub icon_themed_urls: Option<Option<ThemedUrls>> => 10 "icon_themed_urls" opt_null,
        /// Since 2026.11.0-rc1.
        pub icon_url: Option<String> => 11 "icon_url" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 12 "managed" nullable,
        /// Return internal model name
        pub meta_model_name: String => 13 "meta_model_name" req,
        /// Source's display Name.
        pub name: String => 14 "name" req,
        pub pk: ::uuid::Uuid => 15 "pk" req,
        /// Plex token used to check friends
        pub plex_token: String => 16 "plex_token" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 17 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 18 "promoted" opt,
        /// Internal source name, used in URLs.
        pub slug: String => 19 "slug" req,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 20 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 21 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 22 "user_property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 23 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 24 "verbose_name_plural" req,
    }
    required(
        4 component, 13 meta_model_name, 14 name, 15 pk, 16 plex_token, 19 slug, 23 verbose_name,
        24 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// PlexSourcePropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PlexSourcePropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// PlexSourcePropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PlexSourcePropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Plex Source Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PlexSourceRequest {
        /// Allow friends to authenticate, even if you don't share a server.
        pub allow_friends: Option<bool> => 0 "allow_friends" opt,
        /// Which servers a user has to be a member of to be granted access. Empty list allows every server.
        pub allowed_servers: Option<Vec<String>> => 1 "allowed_servers" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// Client identifier used to talk to Plex.
        pub client_id: Option<String> => 3 "client_id" opt,
        pub enabled: Option<bool> => 4 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 5 "enrollment_flow" opt_null,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 6 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 7 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 8 "icon" opt,
        /// Source's display Name.
        pub name: String => 9 "name" req,
        /// Plex token used to check friends
        pub plex_token: String => 10 "plex_token" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 11 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 12 "promoted" opt,
        /// Internal source name, used in URLs.
        pub slug: String => 13 "slug" req,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 14 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 15 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 16 "user_property_mappings" opt,
    }
    required(9 name, 10 plex_token, 13 slug)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Serializer to redeem a plex token
    #[derive(Clone, Debug, PartialEq)]
    pub struct PlexTokenRedeemRequest {
        pub plex_token: String => 0 "plex_token" req,
    }
    required(0 plex_token)
}

#[cfg(any(feature = "endpoints", feature = "policies"))]
super::runtime::object! {
    /// Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Policy {
        /// Return objects policy is bound to
        pub bound_to: i64 => 0 "bound_to" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 1 "component" req,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 2 "execution_logging" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 bound_to, 1 component, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
    rest(additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>)
}

#[cfg(feature = "agents")]
/// `PolicyBehaviorEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyBehaviorEnum {
    /// `mirror`
    Mirror,
    /// `copy`
    Copy,
    /// `none`
    None,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "agents")]
super::runtime::string_enum!(
    PolicyBehaviorEnum, Unknown { Mirror => "mirror", Copy => "copy", None => "none", }
);

#[cfg(feature = "policies")]
super::runtime::object! {
    /// PolicyBinding Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PolicyBinding {
        pub enabled: Option<bool> => 0 "enabled" opt,
        /// Since 2026.11.0-rc1.
        pub expires: Option<Option<super::runtime::DateTime>> => 1 "expires" opt_null,
        /// Since 2026.11.0-rc1.
        pub expiring: Option<bool> => 2 "expiring" opt,
        /// Result if the Policy execution fails.
        pub failure_result: Option<bool> => 3 "failure_result" opt,
        pub group: Option<Option<::uuid::Uuid>> => 4 "group" opt_null,
        pub group_obj: Option<PartialGroup> => 5 "group_obj" nullable,
        /// Negates the outcome of the policy. Messages are unaffected.
        pub negate: Option<bool> => 6 "negate" opt,
        pub order: i32 => 7 "order" req,
        pub pk: ::uuid::Uuid => 8 "pk" req,
        pub policy: Option<Option<::uuid::Uuid>> => 9 "policy" opt_null,
        pub policy_obj: Option<Policy> => 10 "policy_obj" nullable,
        pub target: ::uuid::Uuid => 11 "target" req,
        /// Timeout after which Policy execution is terminated.
        pub timeout: Option<u32> => 12 "timeout" opt,
        pub user: Option<Option<i64>> => 13 "user" opt_null,
        pub user_obj: Option<PartialUser> => 14 "user_obj" nullable,
    }
    required(7 order, 8 pk, 11 target)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// PolicyBinding Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PolicyBindingRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        /// Result if the Policy execution fails.
        pub failure_result: Option<bool> => 1 "failure_result" opt,
        pub group: Option<Option<::uuid::Uuid>> => 2 "group" opt_null,
        /// Negates the outcome of the policy. Messages are unaffected.
        pub negate: Option<bool> => 3 "negate" opt,
        pub order: i32 => 4 "order" req,
        pub policy: Option<Option<::uuid::Uuid>> => 5 "policy" opt_null,
        pub target: ::uuid::Uuid => 6 "target" req,
        /// Timeout after which Policy execution is terminated.
        pub timeout: Option<u32> => 7 "timeout" opt,
        pub user: Option<Option<i64>> => 8 "user" opt_null,
    }
    required(4 order, 6 target)
}

#[cfg(
    any(
        feature = "core",
        feature = "flows",
        feature = "providers",
        feature = "requests",
        feature = "sources",
        feature = "stages"
    )
)]
/// `PolicyEngineMode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyEngineMode {
    /// `all`
    All,
    /// `any`
    Any,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(
    any(
        feature = "core",
        feature = "flows",
        feature = "providers",
        feature = "requests",
        feature = "sources",
        feature = "stages"
    )
)]
super::runtime::string_enum!(PolicyEngineMode, Unknown { All => "all", Any => "any", });

super::runtime::object! {
    /// Policy Serializer
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct PolicyRequest {
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 0 "execution_logging" opt,
        pub name: String => 1 "name" req,
    }
    required(1 name)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Test policy execution for a user with context
    #[derive(Clone, Debug, PartialEq)]
    pub struct PolicyTestRequest {
        pub context: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "context" opt,
        pub user: i64 => 1 "user" req,
    }
    required(1 user)
}

#[cfg(any(feature = "core", feature = "outposts", feature = "policies"))]
super::runtime::object! {
    /// result of a policy test
    #[derive(Clone, Debug, PartialEq)]
    pub struct PolicyTestResult {
        pub log_messages: Vec<LogEvent> => 0 "log_messages" req,
        pub messages: Vec<String> => 1 "messages" req,
        pub passing: bool => 2 "passing" req,
    }
    required(0 log_messages, 1 messages, 2 passing)
    zero(required)
    shapes(0 seq)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `Process`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Process {
        pub id: i64 => 0 "id" req,
        pub name: String => 1 "name" req,
        pub user: Option<String> => 2 "user" opt,
    }
    required(0 id, 1 name)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `ProcessRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ProcessRequest {
        pub id: i64 => 0 "id" req,
        pub name: String => 1 "name" req,
        pub user: Option<String> => 2 "user" opt,
    }
    required(0 id, 1 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// Prompt Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Prompt {
        /// Name of the form field, also used to store the value
        pub field_key: String => 0 "field_key" req,
        /// Optionally pre-fill the input with an initial value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple default choices.
        pub initial_value: Option<String> => 1 "initial_value" opt,
        pub initial_value_expression: Option<bool> => 2 "initial_value_expression" opt,
        pub label: String => 3 "label" req,
        pub name: String => 4 "name" req,
        pub order: Option<i32> => 5 "order" opt,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// Optionally provide a short hint that describes the expected input value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple choices.
        pub placeholder: Option<String> => 7 "placeholder" opt,
        pub placeholder_expression: Option<bool> => 8 "placeholder_expression" opt,
        /// Since 2026.11.0-rc1.
        pub prompt_stages_obj: Option<Vec<PromptStage>> => 9 "prompt_stages_obj" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub promptstage_set: Option<Vec<Stage>> => 10 "promptstage_set" opt,
        pub required: Option<bool> => 11 "required" opt,
        pub sub_text: Option<String> => 12 "sub_text" opt,
        pub r#type: PromptTypeEnum => 13 "type" req,
    }
    required(0 field_key, 3 label, 4 name, 6 pk, 13 r#type)
    shapes(9 seq, 10 seq)
}

#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::object! {
    /// Initial challenge being sent, define fields
    #[derive(Clone, Debug, PartialEq)]
    pub struct PromptChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub fields: Vec<StagePrompt> => 1 "fields" req,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 3 "response_errors" opt,
    }
    required(1 fields)
    shapes(1 seq, 3 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Validate response, fields are dynamically created based
    /// on the stage
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PromptChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
    }
    required()
    rest(additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>)
}

#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::object! {
    /// Serializer for a single Choice field
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PromptChoice {
        pub label: String => 0 "label" req,
        pub value: String => 1 "value" req,
    }
    required(0 label, 1 value)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// Prompt Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PromptRequest {
        /// Name of the form field, also used to store the value
        pub field_key: String => 0 "field_key" req,
        /// Optionally pre-fill the input with an initial value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple default choices.
        pub initial_value: Option<String> => 1 "initial_value" opt,
        pub initial_value_expression: Option<bool> => 2 "initial_value_expression" opt,
        pub label: String => 3 "label" req,
        pub name: String => 4 "name" req,
        pub order: Option<i32> => 5 "order" opt,
        /// Optionally provide a short hint that describes the expected input value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple choices.
        pub placeholder: Option<String> => 6 "placeholder" opt,
        pub placeholder_expression: Option<bool> => 7 "placeholder_expression" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub promptstage_set: Option<Vec<::serde_json::Value>> => 8 "promptstage_set" opt,
        pub required: Option<bool> => 9 "required" opt,
        pub sub_text: Option<String> => 10 "sub_text" opt,
        pub r#type: PromptTypeEnum => 11 "type" req,
    }
    required(0 field_key, 3 label, 4 name, 11 r#type)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// PromptStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PromptStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub fields: Vec<::uuid::Uuid> => 1 "fields" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 2 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        pub validation_policies: Option<Vec<::uuid::Uuid>> => 6 "validation_policies" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 7 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 8 "verbose_name_plural" req,
    }
    required(
        0 component, 1 fields, 3 meta_model_name, 4 name, 5 pk, 7 verbose_name,
        8 verbose_name_plural,
    )
    shapes(2 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// PromptStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PromptStageRequest {
        pub fields: Vec<::uuid::Uuid> => 0 "fields" req,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 1 "flow_set" opt,
        pub name: String => 2 "name" req,
        pub validation_policies: Option<Vec<::uuid::Uuid>> => 3 "validation_policies" opt,
    }
    required(0 fields, 2 name)
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// `PromptTypeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PromptTypeEnum {
    /// `text`
    Text,
    /// `text_area`
    TextArea,
    /// `text_read_only`
    TextReadOnly,
    /// `text_area_read_only`
    TextAreaReadOnly,
    /// `username`
    Username,
    /// `email`
    Email,
    /// `password`
    Password,
    /// `number`
    Number,
    /// `checkbox`
    Checkbox,
    /// `radio-button-group`
    RadioButtonGroup,
    /// `dropdown`
    Dropdown,
    /// `date`
    Date,
    /// `date-time`
    DateTime,
    /// `file`
    File,
    /// `separator`
    Separator,
    /// `hidden`
    Hidden,
    /// `static`
    Static,
    /// `alert_info`
    AlertInfo,
    /// `alert_warning`
    AlertWarning,
    /// `alert_danger`
    AlertDanger,
    /// `ak-locale`
    AkLocale,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::string_enum!(
    PromptTypeEnum, Unknown { Text => "text", TextArea => "text_area", TextReadOnly =>
    "text_read_only", TextAreaReadOnly => "text_area_read_only", Username => "username",
    Email => "email", Password => "password", Number => "number", Checkbox => "checkbox",
    RadioButtonGroup => "radio-button-group", Dropdown => "dropdown", Date => "date",
    DateTime => "date-time", File => "file", Separator => "separator", Hidden =>
    "hidden", Static => "static", AlertInfo => "alert_info", AlertWarning =>
    "alert_warning", AlertDanger => "alert_danger", AkLocale => "ak-locale", }
);

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// PropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct PropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// Preview how the current user is mapped via the property mappings selected in a provider
    #[derive(Clone, Debug, PartialEq)]
    pub struct PropertyMappingPreview {
        pub preview: ::std::collections::BTreeMap<String, ::serde_json::Value> => 0 "preview" req,
    }
    required(0 preview)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// Test property mapping execution for a user/group with context
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PropertyMappingTestRequest {
        pub context: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "context" opt,
        pub group: Option<Option<::uuid::Uuid>> => 1 "group" opt_null,
        pub user: Option<Option<i64>> => 2 "user" opt_null,
    }
    required()
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// Result of a Property-mapping test
    #[derive(Clone, Debug, PartialEq)]
    pub struct PropertyMappingTestResult {
        pub result: String => 0 "result" req,
        pub successful: bool => 1 "successful" req,
    }
    required(0 result, 1 successful)
}

#[cfg(feature = "rac")]
/// `ProtocolEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProtocolEnum {
    /// `rdp`
    Rdp,
    /// `vnc`
    Vnc,
    /// `ssh`
    Ssh,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "rac")]
super::runtime::string_enum!(
    ProtocolEnum, Unknown { Rdp => "rdp", Vnc => "vnc", Ssh => "ssh", }
);

#[cfg(
    any(
        feature = "core",
        feature = "oauth2",
        feature = "outposts",
        feature = "providers",
        feature = "requests",
        feature = "ssf"
    )
)]
super::runtime::object! {
    /// Provider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Provider {
        /// Application's display Name.
        pub assigned_application_name: Option<String> => 0 "assigned_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: Option<String> => 1 "assigned_application_slug" nullable,
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 2 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 3 "assigned_backchannel_application_slug" nullable,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 4 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 5 "authorization_flow" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 6 "component" req,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 7 "invalidation_flow" req,
        /// Return internal model name
        pub meta_model_name: String => 8 "meta_model_name" req,
        pub name: String => 9 "name" req,
        pub pk: i64 => 10 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 11 "property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 12 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 13 "verbose_name_plural" req,
    }
    required(
        5 authorization_flow, 6 component, 7 invalidation_flow, 8 meta_model_name, 9 name, 10 pk,
        12 verbose_name, 13 verbose_name_plural,
    )
    zero(required)
}

#[cfg(feature = "stages")]
/// `ProviderEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProviderEnum {
    /// `twilio`
    Twilio,
    /// `generic`
    Generic,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    ProviderEnum, Unknown { Twilio => "twilio", Generic => "generic", }
);

#[cfg(feature = "core")]
/// `ProviderModelEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProviderModelEnum {
    /// `authentik_providers_google_workspace.googleworkspaceprovider`
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovider,
    /// `authentik_providers_ldap.ldapprovider`
    AuthentikProvidersLdapLdapprovider,
    /// `authentik_providers_microsoft_entra.microsoftentraprovider`
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovider,
    /// `authentik_providers_oauth2.oauth2provider`
    AuthentikProvidersOauth2Oauth2provider,
    /// `authentik_providers_proxy.proxyprovider`
    AuthentikProvidersProxyProxyprovider,
    /// `authentik_providers_rac.racprovider`
    AuthentikProvidersRacRacprovider,
    /// `authentik_providers_radius.radiusprovider`
    AuthentikProvidersRadiusRadiusprovider,
    /// `authentik_providers_saml.samlprovider`
    AuthentikProvidersSamlSamlprovider,
    /// `authentik_providers_scim.scimprovider`
    AuthentikProvidersScimScimprovider,
    /// `authentik_providers_ssf.ssfprovider`
    AuthentikProvidersSsfSsfprovider,
    /// `authentik_providers_ws_federation.wsfederationprovider`
    AuthentikProvidersWsFederationWsfederationprovider,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "core")]
super::runtime::string_enum!(
    ProviderModelEnum, Unknown { AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovider
    => "authentik_providers_google_workspace.googleworkspaceprovider",
    AuthentikProvidersLdapLdapprovider => "authentik_providers_ldap.ldapprovider",
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovider =>
    "authentik_providers_microsoft_entra.microsoftentraprovider",
    AuthentikProvidersOauth2Oauth2provider =>
    "authentik_providers_oauth2.oauth2provider", AuthentikProvidersProxyProxyprovider =>
    "authentik_providers_proxy.proxyprovider", AuthentikProvidersRacRacprovider =>
    "authentik_providers_rac.racprovider", AuthentikProvidersRadiusRadiusprovider =>
    "authentik_providers_radius.radiusprovider", AuthentikProvidersSamlSamlprovider =>
    "authentik_providers_saml.samlprovider", AuthentikProvidersScimScimprovider =>
    "authentik_providers_scim.scimprovider", AuthentikProvidersSsfSsfprovider =>
    "authentik_providers_ssf.ssfprovider",
    AuthentikProvidersWsFederationWsfederationprovider =>
    "authentik_providers_ws_federation.wsfederationprovider", }
);

super::runtime::object! {
    /// Provider Serializer
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct ProviderRequest {
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 1 "authorization_flow" req,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 2 "invalidation_flow" req,
        pub name: String => 3 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 4 "property_mappings" opt,
    }
    required(1 authorization_flow, 2 invalidation_flow, 3 name)
}

#[cfg(feature = "sources")]
/// `ProviderTypeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProviderTypeEnum {
    /// `openidconnect`
    Openidconnect,
    /// `apple`
    Apple,
    /// `discord`
    Discord,
    /// `entraid`
    Entraid,
    /// `facebook`
    Facebook,
    /// `github`
    Github,
    /// `gitlab`
    Gitlab,
    /// `google`
    Google,
    /// `mailcow`
    Mailcow,
    /// `okta`
    Okta,
    /// `patreon`
    Patreon,
    /// `reddit`
    Reddit,
    /// `slack`
    Slack,
    /// `twitch`
    Twitch,
    /// `twitter`
    Twitter,
    /// `wechat`
    Wechat,
    /// `azuread`
    Azuread,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "sources")]
super::runtime::string_enum!(
    ProviderTypeEnum, Unknown { Openidconnect => "openidconnect", Apple => "apple",
    Discord => "discord", Entraid => "entraid", Facebook => "facebook", Github =>
    "github", Gitlab => "gitlab", Google => "google", Mailcow => "mailcow", Okta =>
    "okta", Patreon => "patreon", Reddit => "reddit", Slack => "slack", Twitch =>
    "twitch", Twitter => "twitter", Wechat => "wechat", Azuread => "azuread", }
);

#[cfg(any(feature = "core", feature = "outposts", feature = "providers"))]
/// `ProxyMode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProxyMode {
    /// `proxy`
    Proxy,
    /// `forward_single`
    ForwardSingle,
    /// `forward_domain`
    ForwardDomain,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "outposts", feature = "providers"))]
super::runtime::string_enum!(
    ProxyMode, Unknown { Proxy => "proxy", ForwardSingle => "forward_single",
    ForwardDomain => "forward_domain", }
);

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Proxy provider serializer for outposts
    #[derive(Clone, Debug, PartialEq)]
    pub struct ProxyOutpostConfig {
        /// Get token validity as second count
        pub access_token_validity: Option<super::runtime::Number> => 0 "access_token_validity" nullable,
        /// Application's display Name.
        pub assigned_application_name: String => 1 "assigned_application_name" req,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: String => 2 "assigned_application_slug" req,
        /// Set a custom HTTP-Basic Authentication header based on values from authentik.
        pub basic_auth_enabled: Option<bool> => 3 "basic_auth_enabled" opt,
        /// User/Group Attribute used for the password part of the HTTP-Basic Header.
        pub basic_auth_password_attribute: Option<String> => 4 "basic_auth_password_attribute" opt,
        /// User/Group Attribute used for the user part of the HTTP-Basic Header. If not set, the user's Email address is used.
        pub basic_auth_user_attribute: Option<String> => 5 "basic_auth_user_attribute" opt,
        pub certificate: Option<Option<::uuid::Uuid>> => 6 "certificate" opt_null,
        pub client_id: Option<String> => 7 "client_id" opt,
        pub client_secret: Option<String> => 8 "client_secret" opt,
        pub cookie_domain: Option<String> => 9 "cookie_domain" opt,
        pub cookie_secret: Option<String> => 10 "cookie_secret" opt,
        pub external_host: String => 11 "external_host" req,
        /// When enabled, this provider will intercept the authorization header and authenticate requests based on its value.
        pub intercept_header_auth: Option<bool> => 12 "intercept_header_auth" opt,
        pub internal_host: Option<String> => 13 "internal_host" opt,
        /// Validate SSL Certificates of upstream servers
        pub internal_host_ssl_validation: Option<bool> => 14 "internal_host_ssl_validation" opt,
        /// Enable support for forwardAuth in traefik and nginx auth_request. Exclusive with internal_host.
        pub mode: Option<ProxyMode> => 15 "mode" opt,
        pub name: String => 16 "name" req,
        pub oidc_configuration: OpenIDConnectConfiguration => 17 "oidc_configuration" req,
        pub pk: i64 => 18 "pk" req,
        /// Get all the scope names the outpost should request,
        /// including custom-defined ones
        pub scopes_to_request: Vec<String> => 19 "scopes_to_request" req,
        /// Regular expressions for which authentication is not required. Each new line is interpreted as a new Regular Expression.
        pub skip_path_regex: Option<String> => 20 "skip_path_regex" opt,
    }
    required(
        1 assigned_application_name, 2 assigned_application_slug, 11 external_host, 16 name,
        17 oidc_configuration, 18 pk, 19 scopes_to_request,
    )
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// ProxyProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ProxyProvider {
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 0 "access_token_validity" opt,
        /// Application's display Name.
        pub assigned_application_name: Option<String> => 1 "assigned_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: Option<String> => 2 "assigned_application_slug" nullable,
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 3 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 4 "assigned_backchannel_application_slug" nullable,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 5 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 6 "authorization_flow" req,
        /// Set a custom HTTP-Basic Authentication header based on values from authentik.
        pub basic_auth_enabled: Option<bool> => 7 "basic_auth_enabled" opt,
        /// User/Group Attribute used for the password part of the HTTP-Basic Header.
        pub basic_auth_password_attribute: Option<String> => 8 "basic_auth_password_attribute" opt,
        /// User/Group Attribute used for the user part of the HTTP-Basic Header. If not set, the user's Email address is used.
        pub basic_auth_user_attribute: Option<String> => 9 "basic_auth_user_attribute" opt,
        pub certificate: Option<Option<::uuid::Uuid>> => 10 "certificate" opt_null,
        pub client_id: String => 11 "client_id" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 12 "component" req,
        pub cookie_domain: Option<String> => 13 "cookie_domain" opt,
        pub external_host: String => 14 "external_host" req,
        /// When enabled, this provider will intercept the authorization header and authenticate requests based on its value.
        pub intercept_header_auth: Option<bool> => 15 "intercept_header_auth" opt,
        pub internal_host: Option<String> => 16 "internal_host" opt,
        /// Validate SSL Certificates of upstream servers
        pub internal_host_ssl_validation: Option<bool> => 17 "internal_host_ssl_validation" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 18 "invalidation_flow" req,
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub jwks_sources: Option<Vec<::uuid::Uuid>> => 19 "jwks_sources" opt,
        /// Since 2024.12.1.
        pub jwt_federation_providers: Option<Vec<i64>> => 20 "jwt_federation_providers" opt,
        /// Since 2024.12.1.
        pub jwt_federation_sources: Option<Vec<::uuid::Uuid>> => 21 "jwt_federation_sources" opt,
        /// Return internal model name
        pub meta_model_name: String => 22 "meta_model_name" req,
        /// Enable support for forwardAuth in traefik and nginx auth_request. Exclusive with internal_host.
        pub mode: Option<ProxyMode> => 23 "mode" opt,
        pub name: String => 24 "name" req,
        pub outpost_set: Vec<String> => 25 "outpost_set" req,
        pub pk: i64 => 26 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 27 "property_mappings" opt,
        /// A newline-separated string before 2024.12.1: read in either form, written as a string for older servers.
        pub redirect_uris: Vec<RedirectURI> => 28 "redirect_uris" urls("2024.12.1"),
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 29 "refresh_token_validity" opt,
        /// Regular expressions for which authentication is not required. Each new line is interpreted as a new Regular Expression.
        pub skip_path_regex: Option<String> => 30 "skip_path_regex" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 31 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 32 "verbose_name_plural" req,
    }
    required(
        6 authorization_flow, 11 client_id, 12 component, 14 external_host, 18 invalidation_flow,
        22 meta_model_name, 24 name, 25 outpost_set, 26 pk, 28 redirect_uris, 31 verbose_name,
        32 verbose_name_plural,
    )
    shapes(28 seq)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// ProxyProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ProxyProviderRequest {
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub access_token_validity: Option<String> => 0 "access_token_validity" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 1 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 2 "authorization_flow" req,
        /// Set a custom HTTP-Basic Authentication header based on values from authentik.
        pub basic_auth_enabled: Option<bool> => 3 "basic_auth_enabled" opt,
        /// User/Group Attribute used for the password part of the HTTP-Basic Header.
        pub basic_auth_password_attribute: Option<String> => 4 "basic_auth_password_attribute" opt,
        /// User/Group Attribute used for the user part of the HTTP-Basic Header. If not set, the user's Email address is used.
        pub basic_auth_user_attribute: Option<String> => 5 "basic_auth_user_attribute" opt,
        pub certificate: Option<Option<::uuid::Uuid>> => 6 "certificate" opt_null,
        pub cookie_domain: Option<String> => 7 "cookie_domain" opt,
        pub external_host: String => 8 "external_host" req,
        /// When enabled, this provider will intercept the authorization header and authenticate requests based on its value.
        pub intercept_header_auth: Option<bool> => 9 "intercept_header_auth" opt,
        pub internal_host: Option<String> => 10 "internal_host" opt,
        /// Validate SSL Certificates of upstream servers
        pub internal_host_ssl_validation: Option<bool> => 11 "internal_host_ssl_validation" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 12 "invalidation_flow" req,
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub jwks_sources: Option<Vec<::uuid::Uuid>> => 13 "jwks_sources" opt,
        /// Since 2024.12.1.
        pub jwt_federation_providers: Option<Vec<i64>> => 14 "jwt_federation_providers" opt,
        /// Since 2024.12.1.
        pub jwt_federation_sources: Option<Vec<::uuid::Uuid>> => 15 "jwt_federation_sources" opt,
        /// Enable support for forwardAuth in traefik and nginx auth_request. Exclusive with internal_host.
        pub mode: Option<ProxyMode> => 16 "mode" opt,
        pub name: String => 17 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 18 "property_mappings" opt,
        /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub refresh_token_validity: Option<String> => 19 "refresh_token_validity" opt,
        /// Regular expressions for which authentication is not required. Each new line is interpreted as a new Regular Expression.
        pub skip_path_regex: Option<String> => 20 "skip_path_regex" opt,
    }
    required(2 authorization_flow, 8 external_host, 12 invalidation_flow, 17 name)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// RACPropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RACPropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: Option<String> => 1 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        pub static_settings: ::std::collections::BTreeMap<String, ::serde_json::Value> => 6 "static_settings" req,
        /// Return object's verbose_name
        pub verbose_name: String => 7 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 8 "verbose_name_plural" req,
    }
    required(
        0 component, 3 meta_model_name, 4 name, 5 pk, 6 static_settings, 7 verbose_name,
        8 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// RACPropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RACPropertyMappingRequest {
        pub expression: Option<String> => 0 "expression" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
        pub static_settings: ::std::collections::BTreeMap<String, ::serde_json::Value> => 3 "static_settings" req,
    }
    required(2 name, 3 static_settings)
}

#[cfg(any(feature = "providers", feature = "rac"))]
super::runtime::object! {
    /// RACProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RACProvider {
        /// Application's display Name.
        pub assigned_application_name: Option<String> => 0 "assigned_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: Option<String> => 1 "assigned_application_slug" nullable,
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 2 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 3 "assigned_backchannel_application_slug" nullable,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 4 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 5 "authorization_flow" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 6 "component" req,
        /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
        pub connection_expiry: Option<String> => 7 "connection_expiry" opt,
        /// When set to true, connection tokens will be deleted upon disconnect.
        pub delete_token_on_disconnect: Option<bool> => 8 "delete_token_on_disconnect" opt,
        /// Flow used ending the session from a provider.
        ///
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub invalidation_flow: Option<::uuid::Uuid> => 9 "invalidation_flow" opt,
        /// Return internal model name
        pub meta_model_name: String => 10 "meta_model_name" req,
        pub name: String => 11 "name" req,
        pub outpost_set: Vec<String> => 12 "outpost_set" req,
        pub pk: i64 => 13 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 14 "property_mappings" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub settings: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 15 "settings" opt_null,
        /// Return object's verbose_name
        pub verbose_name: String => 16 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 17 "verbose_name_plural" req,
    }
    required(
        5 authorization_flow, 6 component, 10 meta_model_name, 11 name, 12 outpost_set, 13 pk,
        16 verbose_name, 17 verbose_name_plural,
    )
    zero(required)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// RACProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RACProviderRequest {
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 1 "authorization_flow" req,
        /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
        pub connection_expiry: Option<String> => 2 "connection_expiry" opt,
        /// When set to true, connection tokens will be deleted upon disconnect.
        pub delete_token_on_disconnect: Option<bool> => 3 "delete_token_on_disconnect" opt,
        /// Flow used ending the session from a provider.
        ///
        /// Until 2024.8.3 (removed in 2024.12.1).
        pub invalidation_flow: Option<::uuid::Uuid> => 4 "invalidation_flow" opt,
        pub name: String => 5 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 6 "property_mappings" opt,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub settings: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 7 "settings" opt_null,
    }
    required(1 authorization_flow, 5 name)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Base serializer class which doesn't implement create/update methods
    #[derive(Clone, Debug, PartialEq)]
    pub struct RadiusCheckAccess {
        pub access: PolicyTestResult => 0 "access" req,
        pub attributes: Option<String> => 1 "attributes" opt,
    }
    required(0 access)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// RadiusProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RadiusOutpostConfig {
        pub application_slug: String => 0 "application_slug" req,
        pub auth_flow_slug: String => 1 "auth_flow_slug" req,
        /// Since 2026.11.0-rc1.
        pub certificate: Option<Option<::uuid::Uuid>> => 2 "certificate" opt_null,
        /// List of CIDRs (comma-separated) that clients can connect from. A more specific CIDR will match before a looser one. Clients connecting from a non-specified CIDR will be dropped.
        pub client_networks: Option<String> => 3 "client_networks" opt,
        /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
        pub mfa_support: Option<bool> => 4 "mfa_support" opt,
        pub name: String => 5 "name" req,
        pub pk: i64 => 6 "pk" req,
        /// Shared secret between clients and server to hash packets.
        pub shared_secret: Option<String> => 7 "shared_secret" opt,
    }
    required(0 application_slug, 1 auth_flow_slug, 5 name, 6 pk)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// RadiusProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RadiusProvider {
        /// Application's display Name.
        pub assigned_application_name: Option<String> => 0 "assigned_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: Option<String> => 1 "assigned_application_slug" nullable,
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 2 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 3 "assigned_backchannel_application_slug" nullable,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 4 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 5 "authorization_flow" req,
        /// Since 2026.11.0-rc1.
        pub certificate: Option<Option<::uuid::Uuid>> => 6 "certificate" opt_null,
        /// List of CIDRs (comma-separated) that clients can connect from. A more specific CIDR will match before a looser one. Clients connecting from a non-specified CIDR will be dropped.
        pub client_networks: Option<String> => 7 "client_networks" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 8 "component" req,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 9 "invalidation_flow" req,
        /// Return internal model name
        pub meta_model_name: String => 10 "meta_model_name" req,
        /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
        pub mfa_support: Option<bool> => 11 "mfa_support" opt,
        pub name: String => 12 "name" req,
        pub outpost_set: Vec<String> => 13 "outpost_set" req,
        pub pk: i64 => 14 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 15 "property_mappings" opt,
        /// Shared secret between clients and server to hash packets.
        pub shared_secret: Option<String> => 16 "shared_secret" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 17 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 18 "verbose_name_plural" req,
    }
    required(
        5 authorization_flow, 8 component, 9 invalidation_flow, 10 meta_model_name, 12 name,
        13 outpost_set, 14 pk, 17 verbose_name, 18 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// RadiusProviderPropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RadiusProviderPropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// RadiusProviderPropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RadiusProviderPropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// RadiusProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RadiusProviderRequest {
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 1 "authorization_flow" req,
        /// Since 2026.11.0-rc1.
        pub certificate: Option<Option<::uuid::Uuid>> => 2 "certificate" opt_null,
        /// List of CIDRs (comma-separated) that clients can connect from. A more specific CIDR will match before a looser one. Clients connecting from a non-specified CIDR will be dropped.
        pub client_networks: Option<String> => 3 "client_networks" opt,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 4 "invalidation_flow" req,
        /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
        pub mfa_support: Option<bool> => 5 "mfa_support" opt,
        pub name: String => 6 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 7 "property_mappings" opt,
        /// Shared secret between clients and server to hash packets.
        pub shared_secret: Option<String> => 8 "shared_secret" opt,
    }
    required(1 authorization_flow, 4 invalidation_flow, 6 name)
}

#[cfg(feature = "rbac")]
/// `RbacPermissionsAssignedByUsersListModel`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RbacPermissionsAssignedByUsersListModel {
    /// `authentik_blueprints.blueprintinstance`
    AuthentikBlueprintsBlueprintinstance,
    /// `authentik_brands.brand`
    AuthentikBrandsBrand,
    /// `authentik_core.application`
    AuthentikCoreApplication,
    /// `authentik_core.applicationentitlement`
    AuthentikCoreApplicationentitlement,
    /// `authentik_core.group`
    AuthentikCoreGroup,
    /// `authentik_core.token`
    AuthentikCoreToken,
    /// `authentik_core.user`
    AuthentikCoreUser,
    /// `authentik_crypto.certificatekeypair`
    AuthentikCryptoCertificatekeypair,
    /// `authentik_enterprise.license`
    AuthentikEnterpriseLicense,
    /// `authentik_events.event`
    AuthentikEventsEvent,
    /// `authentik_events.notification`
    AuthentikEventsNotification,
    /// `authentik_events.notificationrule`
    AuthentikEventsNotificationrule,
    /// `authentik_events.notificationtransport`
    AuthentikEventsNotificationtransport,
    /// `authentik_events.notificationwebhookmapping`
    AuthentikEventsNotificationwebhookmapping,
    /// `authentik_flows.flow`
    AuthentikFlowsFlow,
    /// `authentik_flows.flowstagebinding`
    AuthentikFlowsFlowstagebinding,
    /// `authentik_outposts.dockerserviceconnection`
    AuthentikOutpostsDockerserviceconnection,
    /// `authentik_outposts.kubernetesserviceconnection`
    AuthentikOutpostsKubernetesserviceconnection,
    /// `authentik_outposts.outpost`
    AuthentikOutpostsOutpost,
    /// `authentik_policies.policybinding`
    AuthentikPoliciesPolicybinding,
    /// `authentik_policies_dummy.dummypolicy`
    AuthentikPoliciesDummyDummypolicy,
    /// `authentik_policies_event_matcher.eventmatcherpolicy`
    AuthentikPoliciesEventMatcherEventmatcherpolicy,
    /// `authentik_policies_expiry.passwordexpirypolicy`
    AuthentikPoliciesExpiryPasswordexpirypolicy,
    /// `authentik_policies_expression.expressionpolicy`
    AuthentikPoliciesExpressionExpressionpolicy,
    /// `authentik_policies_geoip.geoippolicy`
    AuthentikPoliciesGeoipGeoippolicy,
    /// `authentik_policies_password.passwordpolicy`
    AuthentikPoliciesPasswordPasswordpolicy,
    /// `authentik_policies_reputation.reputationpolicy`
    AuthentikPoliciesReputationReputationpolicy,
    /// `authentik_policies_unique_password.uniquepasswordpolicy`
    AuthentikPoliciesUniquePasswordUniquepasswordpolicy,
    /// `authentik_providers_google_workspace.googleworkspaceprovider`
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovider,
    /// `authentik_providers_google_workspace.googleworkspaceprovidermapping`
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovidermapping,
    /// `authentik_providers_ldap.ldapprovider`
    AuthentikProvidersLdapLdapprovider,
    /// `authentik_providers_microsoft_entra.microsoftentraprovider`
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovider,
    /// `authentik_providers_microsoft_entra.microsoftentraprovidermapping`
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovidermapping,
    /// `authentik_providers_oauth2.oauth2provider`
    AuthentikProvidersOauth2Oauth2provider,
    /// `authentik_providers_oauth2.scopemapping`
    AuthentikProvidersOauth2Scopemapping,
    /// `authentik_providers_proxy.proxyprovider`
    AuthentikProvidersProxyProxyprovider,
    /// `authentik_providers_rac.endpoint`
    AuthentikProvidersRacEndpoint,
    /// `authentik_providers_rac.racpropertymapping`
    AuthentikProvidersRacRacpropertymapping,
    /// `authentik_providers_rac.racprovider`
    AuthentikProvidersRacRacprovider,
    /// `authentik_providers_radius.radiusprovider`
    AuthentikProvidersRadiusRadiusprovider,
    /// `authentik_providers_radius.radiusproviderpropertymapping`
    AuthentikProvidersRadiusRadiusproviderpropertymapping,
    /// `authentik_providers_saml.samlpropertymapping`
    AuthentikProvidersSamlSamlpropertymapping,
    /// `authentik_providers_saml.samlprovider`
    AuthentikProvidersSamlSamlprovider,
    /// `authentik_providers_scim.scimmapping`
    AuthentikProvidersScimScimmapping,
    /// `authentik_providers_scim.scimprovider`
    AuthentikProvidersScimScimprovider,
    /// `authentik_providers_ssf.ssfprovider`
    AuthentikProvidersSsfSsfprovider,
    /// `authentik_rbac.initialpermissions`
    AuthentikRbacInitialpermissions,
    /// `authentik_rbac.role`
    AuthentikRbacRole,
    /// `authentik_sources_kerberos.groupkerberossourceconnection`
    AuthentikSourcesKerberosGroupkerberossourceconnection,
    /// `authentik_sources_kerberos.kerberossource`
    AuthentikSourcesKerberosKerberossource,
    /// `authentik_sources_kerberos.kerberossourcepropertymapping`
    AuthentikSourcesKerberosKerberossourcepropertymapping,
    /// `authentik_sources_kerberos.userkerberossourceconnection`
    AuthentikSourcesKerberosUserkerberossourceconnection,
    /// `authentik_sources_ldap.groupldapsourceconnection`
    AuthentikSourcesLdapGroupldapsourceconnection,
    /// `authentik_sources_ldap.ldapsource`
    AuthentikSourcesLdapLdapsource,
    /// `authentik_sources_ldap.ldapsourcepropertymapping`
    AuthentikSourcesLdapLdapsourcepropertymapping,
    /// `authentik_sources_ldap.userldapsourceconnection`
    AuthentikSourcesLdapUserldapsourceconnection,
    /// `authentik_sources_oauth.groupoauthsourceconnection`
    AuthentikSourcesOauthGroupoauthsourceconnection,
    /// `authentik_sources_oauth.oauthsource`
    AuthentikSourcesOauthOauthsource,
    /// `authentik_sources_oauth.oauthsourcepropertymapping`
    AuthentikSourcesOauthOauthsourcepropertymapping,
    /// `authentik_sources_oauth.useroauthsourceconnection`
    AuthentikSourcesOauthUseroauthsourceconnection,
    /// `authentik_sources_plex.groupplexsourceconnection`
    AuthentikSourcesPlexGroupplexsourceconnection,
    /// `authentik_sources_plex.plexsource`
    AuthentikSourcesPlexPlexsource,
    /// `authentik_sources_plex.plexsourcepropertymapping`
    AuthentikSourcesPlexPlexsourcepropertymapping,
    /// `authentik_sources_plex.userplexsourceconnection`
    AuthentikSourcesPlexUserplexsourceconnection,
    /// `authentik_sources_saml.groupsamlsourceconnection`
    AuthentikSourcesSamlGroupsamlsourceconnection,
    /// `authentik_sources_saml.samlsource`
    AuthentikSourcesSamlSamlsource,
    /// `authentik_sources_saml.samlsourcepropertymapping`
    AuthentikSourcesSamlSamlsourcepropertymapping,
    /// `authentik_sources_saml.usersamlsourceconnection`
    AuthentikSourcesSamlUsersamlsourceconnection,
    /// `authentik_sources_scim.scimsource`
    AuthentikSourcesScimScimsource,
    /// `authentik_sources_scim.scimsourcepropertymapping`
    AuthentikSourcesScimScimsourcepropertymapping,
    /// `authentik_stages_authenticator_duo.authenticatorduostage`
    AuthentikStagesAuthenticatorDuoAuthenticatorduostage,
    /// `authentik_stages_authenticator_duo.duodevice`
    AuthentikStagesAuthenticatorDuoDuodevice,
    /// `authentik_stages_authenticator_email.authenticatoremailstage`
    AuthentikStagesAuthenticatorEmailAuthenticatoremailstage,
    /// `authentik_stages_authenticator_email.emaildevice`
    AuthentikStagesAuthenticatorEmailEmaildevice,
    /// `authentik_stages_authenticator_endpoint_gdtc.authenticatorendpointgdtcstage`
    AuthentikStagesAuthenticatorEndpointGdtcAuthenticatorendpointgdtcstage,
    /// `authentik_stages_authenticator_sms.authenticatorsmsstage`
    AuthentikStagesAuthenticatorSmsAuthenticatorsmsstage,
    /// `authentik_stages_authenticator_sms.smsdevice`
    AuthentikStagesAuthenticatorSmsSmsdevice,
    /// `authentik_stages_authenticator_static.authenticatorstaticstage`
    AuthentikStagesAuthenticatorStaticAuthenticatorstaticstage,
    /// `authentik_stages_authenticator_static.staticdevice`
    AuthentikStagesAuthenticatorStaticStaticdevice,
    /// `authentik_stages_authenticator_totp.authenticatortotpstage`
    AuthentikStagesAuthenticatorTotpAuthenticatortotpstage,
    /// `authentik_stages_authenticator_totp.totpdevice`
    AuthentikStagesAuthenticatorTotpTotpdevice,
    /// `authentik_stages_authenticator_validate.authenticatorvalidatestage`
    AuthentikStagesAuthenticatorValidateAuthenticatorvalidatestage,
    /// `authentik_stages_authenticator_webauthn.authenticatorwebauthnstage`
    AuthentikStagesAuthenticatorWebauthnAuthenticatorwebauthnstage,
    /// `authentik_stages_authenticator_webauthn.webauthndevice`
    AuthentikStagesAuthenticatorWebauthnWebauthndevice,
    /// `authentik_stages_captcha.captchastage`
    AuthentikStagesCaptchaCaptchastage,
    /// `authentik_stages_consent.consentstage`
    AuthentikStagesConsentConsentstage,
    /// `authentik_stages_consent.userconsent`
    AuthentikStagesConsentUserconsent,
    /// `authentik_stages_deny.denystage`
    AuthentikStagesDenyDenystage,
    /// `authentik_stages_dummy.dummystage`
    AuthentikStagesDummyDummystage,
    /// `authentik_stages_email.emailstage`
    AuthentikStagesEmailEmailstage,
    /// `authentik_stages_identification.identificationstage`
    AuthentikStagesIdentificationIdentificationstage,
    /// `authentik_stages_invitation.invitation`
    AuthentikStagesInvitationInvitation,
    /// `authentik_stages_invitation.invitationstage`
    AuthentikStagesInvitationInvitationstage,
    /// `authentik_stages_mtls.mutualtlsstage`
    AuthentikStagesMtlsMutualtlsstage,
    /// `authentik_stages_password.passwordstage`
    AuthentikStagesPasswordPasswordstage,
    /// `authentik_stages_prompt.prompt`
    AuthentikStagesPromptPrompt,
    /// `authentik_stages_prompt.promptstage`
    AuthentikStagesPromptPromptstage,
    /// `authentik_stages_redirect.redirectstage`
    AuthentikStagesRedirectRedirectstage,
    /// `authentik_stages_source.sourcestage`
    AuthentikStagesSourceSourcestage,
    /// `authentik_stages_user_delete.userdeletestage`
    AuthentikStagesUserDeleteUserdeletestage,
    /// `authentik_stages_user_login.userloginstage`
    AuthentikStagesUserLoginUserloginstage,
    /// `authentik_stages_user_logout.userlogoutstage`
    AuthentikStagesUserLogoutUserlogoutstage,
    /// `authentik_stages_user_write.userwritestage`
    AuthentikStagesUserWriteUserwritestage,
    /// `authentik_tenants.domain`
    AuthentikTenantsDomain,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "rbac")]
super::runtime::string_enum!(
    RbacPermissionsAssignedByUsersListModel, Unknown {
    AuthentikBlueprintsBlueprintinstance => "authentik_blueprints.blueprintinstance",
    AuthentikBrandsBrand => "authentik_brands.brand", AuthentikCoreApplication =>
    "authentik_core.application", AuthentikCoreApplicationentitlement =>
    "authentik_core.applicationentitlement", AuthentikCoreGroup =>
    "authentik_core.group", AuthentikCoreToken => "authentik_core.token",
    AuthentikCoreUser => "authentik_core.user", AuthentikCryptoCertificatekeypair =>
    "authentik_crypto.certificatekeypair", AuthentikEnterpriseLicense =>
    "authentik_enterprise.license", AuthentikEventsEvent => "authentik_events.event",
    AuthentikEventsNotification => "authentik_events.notification",
    AuthentikEventsNotificationrule => "authentik_events.notificationrule",
    AuthentikEventsNotificationtransport => "authentik_events.notificationtransport",
    AuthentikEventsNotificationwebhookmapping =>
    "authentik_events.notificationwebhookmapping", AuthentikFlowsFlow =>
    "authentik_flows.flow", AuthentikFlowsFlowstagebinding =>
    "authentik_flows.flowstagebinding", AuthentikOutpostsDockerserviceconnection =>
    "authentik_outposts.dockerserviceconnection",
    AuthentikOutpostsKubernetesserviceconnection =>
    "authentik_outposts.kubernetesserviceconnection", AuthentikOutpostsOutpost =>
    "authentik_outposts.outpost", AuthentikPoliciesPolicybinding =>
    "authentik_policies.policybinding", AuthentikPoliciesDummyDummypolicy =>
    "authentik_policies_dummy.dummypolicy",
    AuthentikPoliciesEventMatcherEventmatcherpolicy =>
    "authentik_policies_event_matcher.eventmatcherpolicy",
    AuthentikPoliciesExpiryPasswordexpirypolicy =>
    "authentik_policies_expiry.passwordexpirypolicy",
    AuthentikPoliciesExpressionExpressionpolicy =>
    "authentik_policies_expression.expressionpolicy", AuthentikPoliciesGeoipGeoippolicy
    => "authentik_policies_geoip.geoippolicy", AuthentikPoliciesPasswordPasswordpolicy =>
    "authentik_policies_password.passwordpolicy",
    AuthentikPoliciesReputationReputationpolicy =>
    "authentik_policies_reputation.reputationpolicy",
    AuthentikPoliciesUniquePasswordUniquepasswordpolicy =>
    "authentik_policies_unique_password.uniquepasswordpolicy",
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovider =>
    "authentik_providers_google_workspace.googleworkspaceprovider",
    AuthentikProvidersGoogleWorkspaceGoogleworkspaceprovidermapping =>
    "authentik_providers_google_workspace.googleworkspaceprovidermapping",
    AuthentikProvidersLdapLdapprovider => "authentik_providers_ldap.ldapprovider",
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovider =>
    "authentik_providers_microsoft_entra.microsoftentraprovider",
    AuthentikProvidersMicrosoftEntraMicrosoftentraprovidermapping =>
    "authentik_providers_microsoft_entra.microsoftentraprovidermapping",
    AuthentikProvidersOauth2Oauth2provider =>
    "authentik_providers_oauth2.oauth2provider", AuthentikProvidersOauth2Scopemapping =>
    "authentik_providers_oauth2.scopemapping", AuthentikProvidersProxyProxyprovider =>
    "authentik_providers_proxy.proxyprovider", AuthentikProvidersRacEndpoint =>
    "authentik_providers_rac.endpoint", AuthentikProvidersRacRacpropertymapping =>
    "authentik_providers_rac.racpropertymapping", AuthentikProvidersRacRacprovider =>
    "authentik_providers_rac.racprovider", AuthentikProvidersRadiusRadiusprovider =>
    "authentik_providers_radius.radiusprovider",
    AuthentikProvidersRadiusRadiusproviderpropertymapping =>
    "authentik_providers_radius.radiusproviderpropertymapping",
    AuthentikProvidersSamlSamlpropertymapping =>
    "authentik_providers_saml.samlpropertymapping", AuthentikProvidersSamlSamlprovider =>
    "authentik_providers_saml.samlprovider", AuthentikProvidersScimScimmapping =>
    "authentik_providers_scim.scimmapping", AuthentikProvidersScimScimprovider =>
    "authentik_providers_scim.scimprovider", AuthentikProvidersSsfSsfprovider =>
    "authentik_providers_ssf.ssfprovider", AuthentikRbacInitialpermissions =>
    "authentik_rbac.initialpermissions", AuthentikRbacRole => "authentik_rbac.role",
    AuthentikSourcesKerberosGroupkerberossourceconnection =>
    "authentik_sources_kerberos.groupkerberossourceconnection",
    AuthentikSourcesKerberosKerberossource =>
    "authentik_sources_kerberos.kerberossource",
    AuthentikSourcesKerberosKerberossourcepropertymapping =>
    "authentik_sources_kerberos.kerberossourcepropertymapping",
    AuthentikSourcesKerberosUserkerberossourceconnection =>
    "authentik_sources_kerberos.userkerberossourceconnection",
    AuthentikSourcesLdapGroupldapsourceconnection =>
    "authentik_sources_ldap.groupldapsourceconnection", AuthentikSourcesLdapLdapsource =>
    "authentik_sources_ldap.ldapsource", AuthentikSourcesLdapLdapsourcepropertymapping =>
    "authentik_sources_ldap.ldapsourcepropertymapping",
    AuthentikSourcesLdapUserldapsourceconnection =>
    "authentik_sources_ldap.userldapsourceconnection",
    AuthentikSourcesOauthGroupoauthsourceconnection =>
    "authentik_sources_oauth.groupoauthsourceconnection",
    AuthentikSourcesOauthOauthsource => "authentik_sources_oauth.oauthsource",
    AuthentikSourcesOauthOauthsourcepropertymapping =>
    "authentik_sources_oauth.oauthsourcepropertymapping",
    AuthentikSourcesOauthUseroauthsourceconnection =>
    "authentik_sources_oauth.useroauthsourceconnection",
    AuthentikSourcesPlexGroupplexsourceconnection =>
    "authentik_sources_plex.groupplexsourceconnection", AuthentikSourcesPlexPlexsource =>
    "authentik_sources_plex.plexsource", AuthentikSourcesPlexPlexsourcepropertymapping =>
    "authentik_sources_plex.plexsourcepropertymapping",
    AuthentikSourcesPlexUserplexsourceconnection =>
    "authentik_sources_plex.userplexsourceconnection",
    AuthentikSourcesSamlGroupsamlsourceconnection =>
    "authentik_sources_saml.groupsamlsourceconnection", AuthentikSourcesSamlSamlsource =>
    "authentik_sources_saml.samlsource", AuthentikSourcesSamlSamlsourcepropertymapping =>
    "authentik_sources_saml.samlsourcepropertymapping",
    AuthentikSourcesSamlUsersamlsourceconnection =>
    "authentik_sources_saml.usersamlsourceconnection", AuthentikSourcesScimScimsource =>
    "authentik_sources_scim.scimsource", AuthentikSourcesScimScimsourcepropertymapping =>
    "authentik_sources_scim.scimsourcepropertymapping",
    AuthentikStagesAuthenticatorDuoAuthenticatorduostage =>
    "authentik_stages_authenticator_duo.authenticatorduostage",
    AuthentikStagesAuthenticatorDuoDuodevice =>
    "authentik_stages_authenticator_duo.duodevice",
    AuthentikStagesAuthenticatorEmailAuthenticatoremailstage =>
    "authentik_stages_authenticator_email.authenticatoremailstage",
    AuthentikStagesAuthenticatorEmailEmaildevice =>
    "authentik_stages_authenticator_email.emaildevice",
    AuthentikStagesAuthenticatorEndpointGdtcAuthenticatorendpointgdtcstage =>
    "authentik_stages_authenticator_endpoint_gdtc.authenticatorendpointgdtcstage",
    AuthentikStagesAuthenticatorSmsAuthenticatorsmsstage =>
    "authentik_stages_authenticator_sms.authenticatorsmsstage",
    AuthentikStagesAuthenticatorSmsSmsdevice =>
    "authentik_stages_authenticator_sms.smsdevice",
    AuthentikStagesAuthenticatorStaticAuthenticatorstaticstage =>
    "authentik_stages_authenticator_static.authenticatorstaticstage",
    AuthentikStagesAuthenticatorStaticStaticdevice =>
    "authentik_stages_authenticator_static.staticdevice",
    AuthentikStagesAuthenticatorTotpAuthenticatortotpstage =>
    "authentik_stages_authenticator_totp.authenticatortotpstage",
    AuthentikStagesAuthenticatorTotpTotpdevice =>
    "authentik_stages_authenticator_totp.totpdevice",
    AuthentikStagesAuthenticatorValidateAuthenticatorvalidatestage =>
    "authentik_stages_authenticator_validate.authenticatorvalidatestage",
    AuthentikStagesAuthenticatorWebauthnAuthenticatorwebauthnstage =>
    "authentik_stages_authenticator_webauthn.authenticatorwebauthnstage",
    AuthentikStagesAuthenticatorWebauthnWebauthndevice =>
    "authentik_stages_authenticator_webauthn.webauthndevice",
    AuthentikStagesCaptchaCaptchastage => "authentik_stages_captcha.captchastage",
    AuthentikStagesConsentConsentstage => "authentik_stages_consent.consentstage",
    AuthentikStagesConsentUserconsent => "authentik_stages_consent.userconsent",
    AuthentikStagesDenyDenystage => "authentik_stages_deny.denystage",
    AuthentikStagesDummyDummystage => "authentik_stages_dummy.dummystage",
    AuthentikStagesEmailEmailstage => "authentik_stages_email.emailstage",
    AuthentikStagesIdentificationIdentificationstage =>
    "authentik_stages_identification.identificationstage",
    AuthentikStagesInvitationInvitation => "authentik_stages_invitation.invitation",
    AuthentikStagesInvitationInvitationstage =>
    "authentik_stages_invitation.invitationstage", AuthentikStagesMtlsMutualtlsstage =>
    "authentik_stages_mtls.mutualtlsstage", AuthentikStagesPasswordPasswordstage =>
    "authentik_stages_password.passwordstage", AuthentikStagesPromptPrompt =>
    "authentik_stages_prompt.prompt", AuthentikStagesPromptPromptstage =>
    "authentik_stages_prompt.promptstage", AuthentikStagesRedirectRedirectstage =>
    "authentik_stages_redirect.redirectstage", AuthentikStagesSourceSourcestage =>
    "authentik_stages_source.sourcestage", AuthentikStagesUserDeleteUserdeletestage =>
    "authentik_stages_user_delete.userdeletestage",
    AuthentikStagesUserLoginUserloginstage =>
    "authentik_stages_user_login.userloginstage",
    AuthentikStagesUserLogoutUserlogoutstage =>
    "authentik_stages_user_logout.userlogoutstage",
    AuthentikStagesUserWriteUserwritestage =>
    "authentik_stages_user_write.userwritestage", AuthentikTenantsDomain =>
    "authentik_tenants.domain", }
);

#[cfg(any(feature = "flows", feature = "sources"))]
super::runtime::object! {
    /// Challenge type to redirect the client
    #[derive(Clone, Debug, PartialEq)]
    pub struct RedirectChallenge {
        pub component: Option<String> => 0 "component" opt,
        /// Since 2026.11.0-rc1.
        pub final_redirect: Option<bool> => 1 "final_redirect" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 3 "response_errors" opt,
        pub to: String => 4 "to" req,
    }
    required(4 to)
    shapes(3 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Redirect challenge response
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RedirectChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
        pub to: String => 1 "to" req,
    }
    required(1 to)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// RedirectStage Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RedirectStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Optional in 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 1 "flow_set" opt,
        pub keep_context: Option<bool> => 2 "keep_context" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub mode: RedirectStageModeEnum => 4 "mode" req,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        pub target_flow: Option<Option<::uuid::Uuid>> => 7 "target_flow" opt_null,
        pub target_static: Option<String> => 8 "target_static" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 9 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 10 "verbose_name_plural" req,
    }
    required(
        0 component, 3 meta_model_name, 4 mode, 5 name, 6 pk, 9 verbose_name,
        10 verbose_name_plural,
    )
    shapes(1 seq)
}

#[cfg(feature = "stages")]
/// `RedirectStageModeEnum`
///
/// Since 2024.12.1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RedirectStageModeEnum {
    /// `static`
    Static,
    /// `flow`
    Flow,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    RedirectStageModeEnum, Unknown { Static => "static", Flow => "flow", }
);

#[cfg(feature = "stages")]
super::runtime::object! {
    /// RedirectStage Serializer
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RedirectStageRequest {
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub keep_context: Option<bool> => 1 "keep_context" opt,
        pub mode: RedirectStageModeEnum => 2 "mode" req,
        pub name: String => 3 "name" req,
        pub target_flow: Option<Option<::uuid::Uuid>> => 4 "target_flow" opt_null,
        pub target_static: Option<String> => 5 "target_static" opt,
    }
    required(2 mode, 3 name)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// A single allowed redirect URI entry
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RedirectURI {
        pub matching_mode: MatchingModeEnum => 0 "matching_mode" req,
        /// Since 2026.11.0-rc1.
        pub redirect_uri_type: Option<RedirectURITypeEnum> => 1 "redirect_uri_type" opt,
        pub url: String => 2 "url" req,
    }
    required(0 matching_mode, 2 url)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// A single allowed redirect URI entry
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RedirectURIRequest {
        pub matching_mode: MatchingModeEnum => 0 "matching_mode" req,
        /// Since 2026.11.0-rc1.
        pub redirect_uri_type: Option<RedirectURITypeEnum> => 1 "redirect_uri_type" opt,
        pub url: String => 2 "url" req,
    }
    required(0 matching_mode, 2 url)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `RedirectURITypeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RedirectURITypeEnum {
    /// `authorization`
    Authorization,
    /// `logout`
    Logout,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    RedirectURITypeEnum, Unknown { Authorization => "authorization", Logout => "logout",
    }
);

#[cfg(any(feature = "core", feature = "events"))]
super::runtime::object! {
    /// Stripped down group serializer to show relevant children/parents for groups
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RelatedGroup {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub group_uuid: ::uuid::Uuid => 1 "group_uuid" req,
        /// Users added to this group will be superusers.
        pub is_superuser: Option<bool> => 2 "is_superuser" opt,
        pub name: String => 3 "name" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
    }
    required(1 group_uuid, 3 name, 4 pk)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RelatedRule {
        pub id: Option<::uuid::Uuid> => 0 "id" opt,
        pub min_reviewers: i64 => 1 "min_reviewers" req,
        pub name: String => 2 "name" req,
        pub reviewer_groups: Vec<PartialGroup> => 3 "reviewer_groups" req,
        pub reviewers: Vec<PartialUser> => 4 "reviewers" req,
    }
    required(1 min_reviewers, 2 name, 3 reviewer_groups, 4 reviewers)
    zero(required)
    shapes(3 seq, 4 seq)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Simplified related target object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RelatedTarget {
        pub label: String => 0 "label" req,
        /// Return internal model name
        pub meta_model_name: String => 1 "meta_model_name" req,
        pub pbm_uuid: String => 2 "pbm_uuid" req,
        /// Return object's verbose_name
        pub verbose_name: String => 3 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 4 "verbose_name_plural" req,
    }
    required(0 label, 1 meta_model_name, 2 pbm_uuid, 3 verbose_name, 4 verbose_name_plural)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Reputation Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Reputation {
        pub identifier: String => 0 "identifier" req,
        pub ip: String => 1 "ip" req,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub ip_asn_data: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 2 "ip_asn_data" opt_null,
        /// Nullable in 2024.8.3, 2024.12.1.
        pub ip_geo_data: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 3 "ip_geo_data" opt_null,
        pub pk: Option<::uuid::Uuid> => 4 "pk" opt,
        pub score: Option<i64> => 5 "score" opt,
        pub updated: super::runtime::DateTime => 6 "updated" req,
    }
    required(0 identifier, 1 ip, 6 updated)
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Reputation Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ReputationPolicy {
        /// Return objects policy is bound to
        pub bound_to: i64 => 0 "bound_to" req,
        pub check_ip: Option<bool> => 1 "check_ip" opt,
        pub check_username: Option<bool> => 2 "check_username" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 3 "component" req,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 4 "execution_logging" opt,
        /// Return internal model name
        pub meta_model_name: String => 5 "meta_model_name" req,
        pub name: String => 6 "name" req,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        pub threshold: Option<i32> => 8 "threshold" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 9 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 10 "verbose_name_plural" req,
    }
    required(
        0 bound_to, 3 component, 5 meta_model_name, 6 name, 7 pk, 9 verbose_name,
        10 verbose_name_plural,
    )
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Reputation Policy Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ReputationPolicyRequest {
        pub check_ip: Option<bool> => 0 "check_ip" opt,
        pub check_username: Option<bool> => 1 "check_username" opt,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 2 "execution_logging" opt,
        pub name: String => 3 "name" req,
        pub threshold: Option<i32> => 4 "threshold" opt,
    }
    required(3 name)
}

#[cfg(feature = "stages")]
/// `RequestContentTypeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestContentTypeEnum {
    /// `application/x-www-form-urlencoded`
    ApplicationXWwwFormUrlencoded,
    /// `application/json`
    ApplicationJson,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    RequestContentTypeEnum, Unknown { ApplicationXWwwFormUrlencoded =>
    "application/x-www-form-urlencoded", ApplicationJson => "application/json", }
);

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RequestRule {
        pub min_reviewers: Option<u32> => 0 "min_reviewers" opt,
        pub min_reviewers_is_per_group: Option<bool> => 1 "min_reviewers_is_per_group" opt,
        pub name: String => 2 "name" req,
        pub notification_mode: Option<NotificationModeEnum> => 3 "notification_mode" opt,
        pub notification_transports: Option<Vec<::uuid::Uuid>> => 4 "notification_transports" opt,
        pub pbm_uuid: ::uuid::Uuid => 5 "pbm_uuid" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 6 "policy_engine_mode" opt,
        pub request_flow: Option<Option<::uuid::Uuid>> => 7 "request_flow" opt_null,
        pub targets: Vec<::uuid::Uuid> => 8 "targets" req,
        pub uuid: Option<::uuid::Uuid> => 9 "uuid" opt,
    }
    required(2 name, 5 pbm_uuid, 8 targets)
    zero(required)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RequestRuleBinding {
        /// The maximum duration a grant approved against this binding can last.
        pub expiry_granted_max: Option<String> => 0 "expiry_granted_max" opt,
        /// How long a request against this binding stays pending before it automatically lapses if not approved or denied.
        pub expiry_pending: Option<String> => 1 "expiry_pending" opt,
        pub pbm_uuid: ::uuid::Uuid => 2 "pbm_uuid" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 3 "policy_engine_mode" opt,
        pub related: Vec<::uuid::Uuid> => 4 "related" req,
        pub related_obj: Vec<RelatedTarget> => 5 "related_obj" req,
        pub rule: ::uuid::Uuid => 6 "rule" req,
        pub rule_obj: RequestRule => 7 "rule_obj" req,
        pub target: ::uuid::Uuid => 8 "target" req,
        pub uuid: Option<::uuid::Uuid> => 9 "uuid" opt,
    }
    required(2 pbm_uuid, 4 related, 5 related_obj, 6 rule, 7 rule_obj, 8 target)
    shapes(5 seq)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RequestRuleBindingRequest {
        /// The maximum duration a grant approved against this binding can last.
        pub expiry_granted_max: Option<String> => 0 "expiry_granted_max" opt,
        /// How long a request against this binding stays pending before it automatically lapses if not approved or denied.
        pub expiry_pending: Option<String> => 1 "expiry_pending" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 2 "policy_engine_mode" opt,
        pub rule: ::uuid::Uuid => 3 "rule" req,
        pub target: ::uuid::Uuid => 4 "target" req,
        pub uuid: Option<::uuid::Uuid> => 5 "uuid" opt,
    }
    required(3 rule, 4 target)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// `RequestRuleChildBinding`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RequestRuleChildBinding {
        pub binding: ::uuid::Uuid => 0 "binding" req,
        pub target: ::uuid::Uuid => 1 "target" req,
        pub uuid: Option<::uuid::Uuid> => 2 "uuid" opt,
    }
    required(0 binding, 1 target)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// `RequestRuleChildBindingRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RequestRuleChildBindingRequest {
        pub binding: ::uuid::Uuid => 0 "binding" req,
        pub target: ::uuid::Uuid => 1 "target" req,
        pub uuid: Option<::uuid::Uuid> => 2 "uuid" opt,
    }
    required(0 binding, 1 target)
}

#[cfg(feature = "requests")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RequestRuleRequest {
        pub min_reviewers: Option<u32> => 0 "min_reviewers" opt,
        pub min_reviewers_is_per_group: Option<bool> => 1 "min_reviewers_is_per_group" opt,
        pub name: String => 2 "name" req,
        pub notification_mode: Option<NotificationModeEnum> => 3 "notification_mode" opt,
        pub notification_transports: Option<Vec<::uuid::Uuid>> => 4 "notification_transports" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 5 "policy_engine_mode" opt,
        pub request_flow: Option<Option<::uuid::Uuid>> => 6 "request_flow" opt_null,
        pub uuid: Option<::uuid::Uuid> => 7 "uuid" opt,
    }
    required(2 name)
}

#[cfg(feature = "requests")]
/// `RequestStatus`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestStatus {
    /// `created`
    Created,
    /// `approved`
    Approved,
    /// `denied`
    Denied,
    /// `revoked`
    Revoked,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "requests")]
super::runtime::string_enum!(
    RequestStatus, Unknown { Created => "created", Approved => "approved", Denied =>
    "denied", Revoked => "revoked", }
);

#[cfg(any(feature = "core", feature = "requests"))]
super::runtime::object! {
    /// Generic representation of a single request target: whatever was actually
    /// requested (an Application, an Application Entitlement, ...), always paired with the
    /// parent it belongs to, so the UI/audit trail has that context even when the
    /// request itself was scoped narrower than the whole app.
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RequestableTarget {
        pub label: String => 0 "label" req,
        /// Return internal model name
        pub meta_model_name: String => 1 "meta_model_name" req,
        pub parent: Option<Application> => 2 "parent" nullable,
        pub pbm_uuid: String => 3 "pbm_uuid" req,
        /// Return object's verbose_name
        pub verbose_name: String => 4 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 5 "verbose_name_plural" req,
    }
    required(0 label, 1 meta_model_name, 3 pbm_uuid, 4 verbose_name, 5 verbose_name_plural)
}

/// `ResidentKeyRequirementEnum`
///
/// Until 2025.6.2 (removed in 2026.11.0-rc1).
#[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResidentKeyRequirementEnum {
    /// `discouraged`
    Discouraged,
    /// `preferred`
    Preferred,
    /// `required`
    Required,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
super::runtime::string_enum!(
    ResidentKeyRequirementEnum, Unknown { Discouraged => "discouraged", Preferred =>
    "preferred", Required => "required", }
);

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Review {
        pub id: ::uuid::Uuid => 0 "id" req,
        pub iteration: ::uuid::Uuid => 1 "iteration" req,
        pub note: Option<Option<String>> => 2 "note" opt_null,
        pub reviewer: PartialUser => 3 "reviewer" req,
        pub timestamp: super::runtime::DateTime => 4 "timestamp" req,
    }
    required(0 id, 1 iteration, 3 reviewer, 4 timestamp)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ReviewRequest {
        pub iteration: ::uuid::Uuid => 0 "iteration" req,
        pub note: Option<Option<String>> => 1 "note" opt_null,
    }
    required(0 iteration)
}

#[cfg(
    any(
        feature = "core",
        feature = "events",
        feature = "oauth2",
        feature = "providers",
        feature = "rbac",
        feature = "sources",
        feature = "ssf"
    )
)]
super::runtime::object! {
    /// Role serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Role {
        pub name: String => 0 "name" req,
        pub pk: ::uuid::Uuid => 1 "pk" req,
    }
    required(0 name, 1 pk)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Roles assigned object permission serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RoleAssignedObjectPermission {
        /// Since 2026.11.0-rc1.
        pub model_permissions: Option<Vec<RoleModelPermission>> => 0 "model_permissions" opt,
        pub name: String => 1 "name" req,
        /// Since 2026.11.0-rc1.
        pub object_permissions: Option<Vec<RoleObjectPermission>> => 2 "object_permissions" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub permissions: Option<Vec<RoleObjectPermission>> => 3 "permissions" opt,
        pub role_pk: String => 4 "role_pk" req,
    }
    required(1 name, 4 role_pk)
    shapes(0 seq, 2 seq, 3 seq)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Role-bound object level permission
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct RoleModelPermission {
        pub app_label: String => 0 "app_label" req,
        pub codename: String => 1 "codename" req,
        pub id: i64 => 2 "id" req,
        pub model: String => 3 "model" req,
        pub name: String => 4 "name" req,
    }
    required(0 app_label, 1 codename, 2 id, 3 model, 4 name)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Role-bound object level permission
    #[derive(Clone, Debug, PartialEq)]
    pub struct RoleObjectPermission {
        pub app_label: String => 0 "app_label" req,
        pub codename: String => 1 "codename" req,
        pub id: i64 => 2 "id" req,
        pub model: String => 3 "model" req,
        pub name: String => 4 "name" req,
        pub object_pk: String => 5 "object_pk" req,
    }
    required(0 app_label, 1 codename, 2 id, 3 model, 4 name, 5 object_pk)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Role serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct RoleRequest {
        pub name: String => 0 "name" req,
    }
    required(0 name)
}

#[cfg(any(feature = "core", feature = "flows", feature = "providers"))]
/// `SAMLBindingsEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SAMLBindingsEnum {
    /// `redirect`
    Redirect,
    /// `post`
    Post,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "flows", feature = "providers"))]
super::runtime::string_enum!(
    SAMLBindingsEnum, Unknown { Redirect => "redirect", Post => "post", }
);
#[cfg(any(feature = "core", feature = "flows", feature = "providers"))]
/// `SpBindingEnum`: the name of [`SAMLBindingsEnum`] in older schema versions.
pub type SpBindingEnum = SAMLBindingsEnum;

#[cfg(any(feature = "core", feature = "providers"))]
/// `SAMLLogoutMethods`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SAMLLogoutMethods {
    /// `frontchannel_iframe`
    FrontchannelIframe,
    /// `frontchannel_native`
    FrontchannelNative,
    /// `backchannel`
    Backchannel,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    SAMLLogoutMethods, Unknown { FrontchannelIframe => "frontchannel_iframe",
    FrontchannelNative => "frontchannel_native", Backchannel => "backchannel", }
);

#[cfg(any(feature = "providers", feature = "sources"))]
super::runtime::object! {
    /// SAML Provider Metadata serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLMetadata {
        pub download_url: Option<Option<String>> => 0 "download_url" opt_null,
        pub metadata: String => 1 "metadata" req,
    }
    required(1 metadata)
}

#[cfg(any(feature = "core", feature = "providers", feature = "sources"))]
/// `SAMLNameIDPolicyEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SAMLNameIDPolicyEnum {
    /// `urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress`
    UrnOasisNamesTcSaml11NameidFormatEmailAddress,
    /// `urn:oasis:names:tc:SAML:2.0:nameid-format:persistent`
    UrnOasisNamesTcSaml20NameidFormatPersistent,
    /// `urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName`
    UrnOasisNamesTcSaml11NameidFormatX509SubjectName,
    /// `urn:oasis:names:tc:SAML:2.0:nameid-format:WindowsDomainQualifiedName`
    UrnOasisNamesTcSaml20NameidFormatWindowsDomainQualifiedName,
    /// `urn:oasis:names:tc:SAML:2.0:nameid-format:transient`
    UrnOasisNamesTcSaml20NameidFormatTransient,
    /// `urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified`
    UrnOasisNamesTcSaml11NameidFormatUnspecified,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers", feature = "sources"))]
super::runtime::string_enum!(
    SAMLNameIDPolicyEnum, Unknown { UrnOasisNamesTcSaml11NameidFormatEmailAddress =>
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    UrnOasisNamesTcSaml20NameidFormatPersistent =>
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    UrnOasisNamesTcSaml11NameidFormatX509SubjectName =>
    "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName",
    UrnOasisNamesTcSaml20NameidFormatWindowsDomainQualifiedName =>
    "urn:oasis:names:tc:SAML:2.0:nameid-format:WindowsDomainQualifiedName",
    UrnOasisNamesTcSaml20NameidFormatTransient =>
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
    UrnOasisNamesTcSaml11NameidFormatUnspecified =>
    "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified", }
);

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SAMLPropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLPropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        pub friendly_name: Option<Option<String>> => 2 "friendly_name" opt_null,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 3 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        pub saml_name: String => 7 "saml_name" req,
        /// Return object's verbose_name
        pub verbose_name: String => 8 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 9 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 4 meta_model_name, 5 name, 6 pk, 7 saml_name, 8 verbose_name,
        9 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SAMLPropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLPropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        pub friendly_name: Option<Option<String>> => 1 "friendly_name" opt_null,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        pub name: String => 3 "name" req,
        pub saml_name: String => 4 "saml_name" req,
    }
    required(0 expression, 3 name, 4 saml_name)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SAMLProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLProvider {
        pub acs_url: String => 0 "acs_url" req,
        /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
        pub assertion_valid_not_before: Option<String> => 1 "assertion_valid_not_before" opt,
        /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub assertion_valid_not_on_or_after: Option<String> => 2 "assertion_valid_not_on_or_after" opt,
        /// Application's display Name.
        pub assigned_application_name: Option<String> => 3 "assigned_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: Option<String> => 4 "assigned_application_slug" nullable,
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 5 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 6 "assigned_backchannel_application_slug" nullable,
        /// Value of the audience restriction field of the assertion. When left empty, no audience restriction will be added.
        pub audience: Option<String> => 7 "audience" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 8 "authentication_flow" opt_null,
        /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
        ///
        /// Since 2025.6.2.
        pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>> => 9 "authn_context_class_ref_mapping" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 10 "authorization_flow" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 11 "component" req,
        /// Since 2026.11.0-rc1.
        pub default_name_id_policy: Option<SAMLNameIDPolicyEnum> => 12 "default_name_id_policy" opt,
        /// Default relay_state value for IDP-initiated logins
        pub default_relay_state: Option<String> => 13 "default_relay_state" opt,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 14 "digest_algorithm" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 15 "encryption_kp" opt_null,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 16 "invalidation_flow" req,
        /// Also known as EntityID
        ///
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub issuer: Option<String> => 17 "issuer" opt,
        /// Also known as EntityID. Providing a value overrides the default issuer generated by authentik.
        ///
        /// Since 2026.11.0-rc1.
        pub issuer_override: Option<String> => 18 "issuer_override" opt,
        /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
        ///
        /// Since 2026.11.0-rc1.
        pub logout_method: Option<SAMLLogoutMethods> => 19 "logout_method" opt,
        /// Return internal model name
        pub meta_model_name: String => 20 "meta_model_name" req,
        pub name: String => 21 "name" req,
        /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
        pub name_id_mapping: Option<Option<::uuid::Uuid>> => 22 "name_id_mapping" opt_null,
        pub pk: i64 => 23 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 24 "property_mappings" opt,
        /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub session_valid_not_on_or_after: Option<String> => 25 "session_valid_not_on_or_after" opt,
        pub sign_assertion: Option<bool> => 26 "sign_assertion" opt,
        /// Since 2026.11.0-rc1.
        pub sign_logout_request: Option<bool> => 27 "sign_logout_request" opt,
        /// Since 2026.11.0-rc1.
        pub sign_logout_response: Option<bool> => 28 "sign_logout_response" opt,
        pub sign_response: Option<bool> => 29 "sign_response" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 30 "signature_algorithm" opt,
        /// Keypair used to sign outgoing Responses going to the Service Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 31 "signing_kp" opt_null,
        /// This determines how authentik sends the logout response back to the Service Provider.
        ///
        /// Since 2026.11.0-rc1.
        pub sls_binding: Option<SAMLBindingsEnum> => 32 "sls_binding" opt,
        /// Single Logout Service URL where the logout response should be sent.
        ///
        /// Since 2026.11.0-rc1.
        pub sls_url: Option<String> => 33 "sls_url" opt,
        /// This determines how authentik sends the response back to the Service Provider.
        pub sp_binding: Option<SAMLBindingsEnum> => 34 "sp_binding" opt,
        /// Get metadata download URL
        pub url_download_metadata: String => 35 "url_download_metadata" req,
        /// Get Issuer/EntityID URL
        ///
        /// Since 2026.11.0-rc1.
        pub url_issuer: Option<String> => 36 "url_issuer" opt,
        /// Get SLO POST URL
        pub url_slo_post: String => 37 "url_slo_post" req,
        /// Get SLO redirect URL
        pub url_slo_redirect: String => 38 "url_slo_redirect" req,
        /// Get SSO IDP-Initiated URL
        pub url_sso_init: String => 39 "url_sso_init" req,
        /// Get SSO Post URL
        pub url_sso_post: String => 40 "url_sso_post" req,
        /// Get SSO Redirect URL
        pub url_sso_redirect: String => 41 "url_sso_redirect" req,
        /// Get unified SAML endpoint URL (handles SSO and SLO)
        ///
        /// Since 2026.11.0-rc1.
        pub url_unified: Option<String> => 42 "url_unified" opt,
        /// Get IdP-initiated SAML URL
        ///
        /// Since 2026.11.0-rc1.
        pub url_unified_init: Option<String> => 43 "url_unified_init" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 44 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 45 "verbose_name_plural" req,
        /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
        pub verification_kp: Option<Option<::uuid::Uuid>> => 46 "verification_kp" opt_null,
    }
    required(
        0 acs_url, 10 authorization_flow, 11 component, 16 invalidation_flow, 20 meta_model_name,
        21 name, 23 pk, 35 url_download_metadata, 37 url_slo_post, 38 url_slo_redirect,
        39 url_sso_init, 40 url_sso_post, 41 url_sso_redirect, 44 verbose_name,
        45 verbose_name_plural,
    )
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// Import saml provider from XML Metadata
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLProviderImportRequest {
        pub authorization_flow: ::uuid::Uuid => 0 "authorization_flow" req,
        pub file: String => 1 "file" req,
        pub invalidation_flow: ::uuid::Uuid => 2 "invalidation_flow" req,
        pub name: String => 3 "name" req,
    }
    required(0 authorization_flow, 1 file, 2 invalidation_flow, 3 name)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// SAMLProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLProviderRequest {
        pub acs_url: String => 0 "acs_url" req,
        /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
        pub assertion_valid_not_before: Option<String> => 1 "assertion_valid_not_before" opt,
        /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub assertion_valid_not_on_or_after: Option<String> => 2 "assertion_valid_not_on_or_after" opt,
        /// Value of the audience restriction field of the assertion. When left empty, no audience restriction will be added.
        pub audience: Option<String> => 3 "audience" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 4 "authentication_flow" opt_null,
        /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
        ///
        /// Since 2025.6.2.
        pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>> => 5 "authn_context_class_ref_mapping" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 6 "authorization_flow" req,
        /// Since 2026.11.0-rc1.
        pub default_name_id_policy: Option<SAMLNameIDPolicyEnum> => 7 "default_name_id_policy" opt,
        /// Default relay_state value for IDP-initiated logins
        pub default_relay_state: Option<String> => 8 "default_relay_state" opt,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 9 "digest_algorithm" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 10 "encryption_kp" opt_null,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 11 "invalidation_flow" req,
        /// Also known as EntityID
        ///
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub issuer: Option<String> => 12 "issuer" opt,
        /// Also known as EntityID. Providing a value overrides the default issuer generated by authentik.
        ///
        /// Since 2026.11.0-rc1.
        pub issuer_override: Option<String> => 13 "issuer_override" opt,
        /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
        ///
        /// Since 2026.11.0-rc1.
        pub logout_method: Option<SAMLLogoutMethods> => 14 "logout_method" opt,
        pub name: String => 15 "name" req,
        /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
        pub name_id_mapping: Option<Option<::uuid::Uuid>> => 16 "name_id_mapping" opt_null,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 17 "property_mappings" opt,
        /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub session_valid_not_on_or_after: Option<String> => 18 "session_valid_not_on_or_after" opt,
        pub sign_assertion: Option<bool> => 19 "sign_assertion" opt,
        /// Since 2026.11.0-rc1.
        pub sign_logout_request: Option<bool> => 20 "sign_logout_request" opt,
        /// Since 2026.11.0-rc1.
        pub sign_logout_response: Option<bool> => 21 "sign_logout_response" opt,
        pub sign_response: Option<bool> => 22 "sign_response" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 23 "signature_algorithm" opt,
        /// Keypair used to sign outgoing Responses going to the Service Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 24 "signing_kp" opt_null,
        /// This determines how authentik sends the logout response back to the Service Provider.
        ///
        /// Since 2026.11.0-rc1.
        pub sls_binding: Option<SAMLBindingsEnum> => 25 "sls_binding" opt,
        /// Single Logout Service URL where the logout response should be sent.
        ///
        /// Since 2026.11.0-rc1.
        pub sls_url: Option<String> => 26 "sls_url" opt,
        /// This determines how authentik sends the response back to the Service Provider.
        pub sp_binding: Option<SAMLBindingsEnum> => 27 "sp_binding" opt,
        /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
        pub verification_kp: Option<Option<::uuid::Uuid>> => 28 "verification_kp" opt_null,
    }
    required(0 acs_url, 6 authorization_flow, 11 invalidation_flow, 15 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SAMLSource Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLSource {
        /// Allows authentication flows initiated by the IdP. This can be a security risk, as no validation of the request ID is done.
        pub allow_idp_initiated: Option<bool> => 0 "allow_idp_initiated" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 1 "authentication_flow" opt_null,
        pub binding_type: Option<BindingTypeEnum> => 2 "binding_type" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 3 "component" req,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 4 "digest_algorithm" opt,
        pub enabled: Option<bool> => 5 "enabled" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 6 "encryption_kp" opt_null,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 7 "enrollment_flow" opt_null,
        /// When enabled, the IdP will re-authenticate the user even if a session exists.
        ///
        /// Since 2026.11.0-rc1.
        pub force_authn: Option<bool> => 8 "force_authn" opt,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 9 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 10 "group_property_mappings" opt,
        pub icon: Option<String> => 11 "icon" opt,
        /// Since 2026.11.0-rc1.
        pub icon_themed_urls: Option<Option<ThemedUrls>> => 12 "icon_themed_urls" opt_null,
        /// Since 2026.11.0-rc1.
        pub icon_url: Option<String> => 13 "icon_url" opt,
        /// Also known as Entity ID. Defaults the Metadata URL.
        ///
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub issuer: Option<String> => 14 "issuer" opt,
        /// Also known as Entity ID. Defaults to the Metadata URL.
        ///
        /// Since 2026.11.0-rc1.
        pub issuer_override: Option<String> => 15 "issuer_override" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 16 "managed" nullable,
        /// Return internal model name
        pub meta_model_name: String => 17 "meta_model_name" req,
        /// Source's display Name.
        pub name: String => 18 "name" req,
        /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
        pub name_id_policy: Option<SAMLNameIDPolicyEnum> => 19 "name_id_policy" opt,
        pub pk: ::uuid::Uuid => 20 "pk" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 21 "policy_engine_mode" opt,
        /// Flow used before authentication.
        pub pre_authentication_flow: ::uuid::Uuid => 22 "pre_authentication_flow" req,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 23 "promoted" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 24 "signature_algorithm" opt,
        /// Since 2026.11.0-rc1.
        pub signed_assertion: Option<bool> => 25 "signed_assertion" opt,
        /// Since 2026.11.0-rc1.
        pub signed_response: Option<bool> => 26 "signed_response" opt,
        /// Keypair used to sign outgoing Responses going to the Identity Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 27 "signing_kp" opt_null,
        /// Optional URL if your IDP supports Single-Logout.
        pub slo_url: Option<Option<String>> => 28 "slo_url" opt_null,
        /// Internal source name, used in URLs.
        pub slug: String => 29 "slug" req,
        /// URL that the initial Login request is sent to.
        pub sso_url: String => 30 "sso_url" req,
        /// Time offset when temporary users should be deleted. This only applies if your IDP uses the NameID Format 'transient', and the user doesn't log out manually. (Format: hours=1;minutes=2;seconds=3).
        pub temporary_user_delete_after: Option<String> => 31 "temporary_user_delete_after" opt,
        /// Get the resolved Issuer, falling back to the metadata URL when unset
        ///
        /// Since 2026.11.0-rc1.
        pub url_issuer: Option<String> => 32 "url_issuer" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 33 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 34 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 35 "user_property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 36 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 37 "verbose_name_plural" req,
        /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
        pub verification_kp: Option<Option<::uuid::Uuid>> => 38 "verification_kp" opt_null,
    }
    required(
        3 component, 17 meta_model_name, 18 name, 20 pk, 22 pre_authentication_flow, 29 slug,
        30 sso_url, 36 verbose_name, 37 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SAMLSourcePropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLSourcePropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SAMLSourcePropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLSourcePropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SAMLSource Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SAMLSourceRequest {
        /// Allows authentication flows initiated by the IdP. This can be a security risk, as no validation of the request ID is done.
        pub allow_idp_initiated: Option<bool> => 0 "allow_idp_initiated" opt,
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 1 "authentication_flow" opt_null,
        pub binding_type: Option<BindingTypeEnum> => 2 "binding_type" opt,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 3 "digest_algorithm" opt,
        pub enabled: Option<bool> => 4 "enabled" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 5 "encryption_kp" opt_null,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 6 "enrollment_flow" opt_null,
        /// When enabled, the IdP will re-authenticate the user even if a session exists.
        ///
        /// Since 2026.11.0-rc1.
        pub force_authn: Option<bool> => 7 "force_authn" opt,
        /// How the source determines if an existing group should be used or a new group created.
        pub group_matching_mode: Option<GroupMatchingModeEnum> => 8 "group_matching_mode" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 9 "group_property_mappings" opt,
        /// Since 2026.11.0-rc1.
        pub icon: Option<String> => 10 "icon" opt,
        /// Also known as Entity ID. Defaults the Metadata URL.
        ///
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub issuer: Option<String> => 11 "issuer" opt,
        /// Also known as Entity ID. Defaults to the Metadata URL.
        ///
        /// Since 2026.11.0-rc1.
        pub issuer_override: Option<String> => 12 "issuer_override" opt,
        /// Source's display Name.
        pub name: String => 13 "name" req,
        /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
        pub name_id_policy: Option<SAMLNameIDPolicyEnum> => 14 "name_id_policy" opt,
        pub policy_engine_mode: Option<PolicyEngineMode> => 15 "policy_engine_mode" opt,
        /// Flow used before authentication.
        pub pre_authentication_flow: ::uuid::Uuid => 16 "pre_authentication_flow" req,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 17 "promoted" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 18 "signature_algorithm" opt,
        /// Since 2026.11.0-rc1.
        pub signed_assertion: Option<bool> => 19 "signed_assertion" opt,
        /// Since 2026.11.0-rc1.
        pub signed_response: Option<bool> => 20 "signed_response" opt,
        /// Keypair used to sign outgoing Responses going to the Identity Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 21 "signing_kp" opt_null,
        /// Optional URL if your IDP supports Single-Logout.
        pub slo_url: Option<Option<String>> => 22 "slo_url" opt_null,
        /// Internal source name, used in URLs.
        pub slug: String => 23 "slug" req,
        /// URL that the initial Login request is sent to.
        pub sso_url: String => 24 "sso_url" req,
        /// Time offset when temporary users should be deleted. This only applies if your IDP uses the NameID Format 'transient', and the user doesn't log out manually. (Format: hours=1;minutes=2;seconds=3).
        pub temporary_user_delete_after: Option<String> => 25 "temporary_user_delete_after" opt,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 26 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 27 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 28 "user_property_mappings" opt,
        /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
        pub verification_kp: Option<Option<::uuid::Uuid>> => 29 "verification_kp" opt_null,
    }
    required(13 name, 16 pre_authentication_flow, 23 slug, 24 sso_url)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `SCIMAuthenticationModeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SCIMAuthenticationModeEnum {
    /// `token`
    Token,
    /// `oauth`
    Oauth,
    /// `oauth_interactive`
    OauthInteractive,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    SCIMAuthenticationModeEnum, Unknown { Token => "token", Oauth => "oauth",
    OauthInteractive => "oauth_interactive", }
);

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SCIMMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SCIMMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SCIMProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMProvider {
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 0 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 1 "assigned_backchannel_application_slug" nullable,
        /// Since 2026.11.0-rc1.
        pub auth_mode: Option<SCIMAuthenticationModeEnum> => 2 "auth_mode" opt,
        /// OAuth Source used for authentication
        ///
        /// Since 2026.11.0-rc1.
        pub auth_oauth: Option<Option<::uuid::Uuid>> => 3 "auth_oauth" opt_null,
        /// Additional OAuth parameters, such as grant_type
        ///
        /// Since 2026.11.0-rc1.
        pub auth_oauth_params: Option<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        > => 4 "auth_oauth_params" opt,
        /// Since 2026.11.0-rc1.
        pub auth_oauth_token_expires: Option<Option<super::runtime::DateTime>> => 5 "auth_oauth_token_expires" opt_null,
        /// Since 2026.11.0-rc1.
        pub auth_oauth_token_last_updated: Option<Option<super::runtime::DateTime>> => 6 "auth_oauth_token_last_updated" opt_null,
        /// Since 2026.11.0-rc1.
        pub auth_oauth_url_callback: Option<Option<String>> => 7 "auth_oauth_url_callback" opt_null,
        /// Since 2026.11.0-rc1.
        pub auth_oauth_url_start: Option<Option<String>> => 8 "auth_oauth_url_start" opt_null,
        /// Alter authentik behavior for vendor-specific SCIM implementations.
        ///
        /// Since 2025.6.2.
        pub compatibility_mode: Option<CompatibilityModeEnum> => 9 "compatibility_mode" opt,
        /// Get object component so that we know how to edit the object
        pub component: String => 10 "component" req,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 11 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 12 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 13 "exclude_users_service_account" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub filter_group: Option<Option<::uuid::Uuid>> => 14 "filter_group" opt_null,
        /// Group filters used to define sync-scope for groups.
        ///
        /// Since 2026.11.0-rc1.
        pub group_filters: Option<Vec<::uuid::Uuid>> => 15 "group_filters" opt,
        /// Return internal model name
        pub meta_model_name: String => 16 "meta_model_name" req,
        pub name: String => 17 "name" req,
        pub pk: i64 => 18 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 19 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 20 "property_mappings_group" opt,
        /// Cache duration for ServiceProviderConfig responses. Set minutes=0 to disable.
        ///
        /// Since 2026.11.0-rc1.
        pub service_provider_config_cache_timeout: Option<String> => 21 "service_provider_config_cache_timeout" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 22 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 23 "sync_page_timeout" opt,
        /// Authentication token
        pub token: Option<String> => 24 "token" opt,
        /// Base URL to SCIM requests, usually ends in /v2
        pub url: String => 25 "url" req,
        /// Return object's verbose_name
        pub verbose_name: String => 26 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 27 "verbose_name_plural" req,
        pub verify_certificates: Option<bool> => 28 "verify_certificates" opt,
    }
    required(
        10 component, 16 meta_model_name, 17 name, 18 pk, 25 url, 26 verbose_name,
        27 verbose_name_plural,
    )
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SCIMProviderGroup Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMProviderGroup {
        /// Since 2025.6.2.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub group: ::uuid::Uuid => 1 "group" req,
        pub group_obj: PartialGroup => 2 "group_obj" req,
        pub id: ::uuid::Uuid => 3 "id" req,
        pub provider: i64 => 4 "provider" req,
        pub scim_id: String => 5 "scim_id" req,
    }
    required(1 group, 2 group_obj, 3 id, 4 provider, 5 scim_id)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SCIMProviderGroup Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMProviderGroupRequest {
        pub group: ::uuid::Uuid => 0 "group" req,
        pub provider: i64 => 1 "provider" req,
        pub scim_id: String => 2 "scim_id" req,
    }
    required(0 group, 1 provider, 2 scim_id)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// SCIMProvider Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMProviderRequest {
        /// Since 2026.11.0-rc1.
        pub auth_mode: Option<SCIMAuthenticationModeEnum> => 0 "auth_mode" opt,
        /// OAuth Source used for authentication
        ///
        /// Since 2026.11.0-rc1.
        pub auth_oauth: Option<Option<::uuid::Uuid>> => 1 "auth_oauth" opt_null,
        /// Additional OAuth parameters, such as grant_type
        ///
        /// Since 2026.11.0-rc1.
        pub auth_oauth_params: Option<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        > => 2 "auth_oauth_params" opt,
        /// Alter authentik behavior for vendor-specific SCIM implementations.
        ///
        /// Since 2025.6.2.
        pub compatibility_mode: Option<CompatibilityModeEnum> => 3 "compatibility_mode" opt,
        /// When enabled, authentik will attempt to discover existing resources in the remote system.
        ///
        /// Since 2026.11.0-rc1.
        pub discovery_enabled: Option<bool> => 4 "discovery_enabled" opt,
        /// When enabled, provider will not modify or create objects in the remote system.
        ///
        /// Since 2025.6.2.
        pub dry_run: Option<bool> => 5 "dry_run" opt,
        pub exclude_users_service_account: Option<bool> => 6 "exclude_users_service_account" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub filter_group: Option<Option<::uuid::Uuid>> => 7 "filter_group" opt_null,
        /// Group filters used to define sync-scope for groups.
        ///
        /// Since 2026.11.0-rc1.
        pub group_filters: Option<Vec<::uuid::Uuid>> => 8 "group_filters" opt,
        pub name: String => 9 "name" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 10 "property_mappings" opt,
        /// Property mappings used for group creation/updating.
        pub property_mappings_group: Option<Vec<::uuid::Uuid>> => 11 "property_mappings_group" opt,
        /// Cache duration for ServiceProviderConfig responses. Set minutes=0 to disable.
        ///
        /// Since 2026.11.0-rc1.
        pub service_provider_config_cache_timeout: Option<String> => 12 "service_provider_config_cache_timeout" opt,
        /// Controls the number of objects synced in a single task
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_size: Option<u32> => 13 "sync_page_size" opt,
        /// Timeout for synchronization of a single page
        ///
        /// Since 2026.11.0-rc1.
        pub sync_page_timeout: Option<String> => 14 "sync_page_timeout" opt,
        /// Authentication token
        pub token: Option<String> => 15 "token" opt,
        /// Base URL to SCIM requests, usually ends in /v2
        pub url: String => 16 "url" req,
        pub verify_certificates: Option<bool> => 17 "verify_certificates" opt,
    }
    required(9 name, 16 url)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SCIMProviderUser Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMProviderUser {
        /// Since 2025.6.2.
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub id: ::uuid::Uuid => 1 "id" req,
        pub provider: i64 => 2 "provider" req,
        pub scim_id: String => 3 "scim_id" req,
        pub user: i64 => 4 "user" req,
        pub user_obj: PartialUser => 5 "user_obj" req,
    }
    required(1 id, 2 provider, 3 scim_id, 4 user, 5 user_obj)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// SCIMProviderUser Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMProviderUserRequest {
        pub provider: i64 => 0 "provider" req,
        pub scim_id: String => 1 "scim_id" req,
        pub user: i64 => 2 "user" req,
    }
    required(0 provider, 1 scim_id, 2 user)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSource Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMSource {
        /// Get object component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub enabled: Option<bool> => 1 "enabled" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 2 "group_property_mappings" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 3 "managed" nullable,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        /// Source's display Name.
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// Get Root URL
        pub root_url: String => 7 "root_url" req,
        /// Internal source name, used in URLs.
        pub slug: String => 8 "slug" req,
        pub token_obj: Token => 9 "token_obj" req,
        pub user_path_template: Option<String> => 10 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 11 "user_property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 12 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 13 "verbose_name_plural" req,
    }
    required(
        0 component, 4 meta_model_name, 5 name, 6 pk, 7 root_url, 8 slug, 9 token_obj,
        12 verbose_name, 13 verbose_name_plural,
    )
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSourceGroup Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMSourceGroup {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        /// Since 2026.11.0-rc1.
        pub external_id: Option<String> => 1 "external_id" opt,
        pub group: ::uuid::Uuid => 2 "group" req,
        pub group_obj: PartialGroup => 3 "group_obj" req,
        pub id: Option<String> => 4 "id" opt,
        pub source: ::uuid::Uuid => 5 "source" req,
    }
    required(2 group, 3 group_obj, 5 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSourceGroup Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMSourceGroupRequest {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        /// Since 2026.11.0-rc1.
        pub external_id: Option<String> => 1 "external_id" opt,
        pub group: ::uuid::Uuid => 2 "group" req,
        pub id: Option<String> => 3 "id" opt,
        pub source: ::uuid::Uuid => 4 "source" req,
    }
    required(2 group, 4 source)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SCIMSourcePropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMSourcePropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// SCIMSourcePropertyMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMSourcePropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSource Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMSourceRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 1 "group_property_mappings" opt,
        /// Source's display Name.
        pub name: String => 2 "name" req,
        /// Internal source name, used in URLs.
        pub slug: String => 3 "slug" req,
        pub user_path_template: Option<String> => 4 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 5 "user_property_mappings" opt,
    }
    required(2 name, 3 slug)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSourceUser Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMSourceUser {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        /// Since 2026.11.0-rc1.
        pub external_id: Option<String> => 1 "external_id" opt,
        pub id: Option<String> => 2 "id" opt,
        pub source: ::uuid::Uuid => 3 "source" req,
        pub user: i64 => 4 "user" req,
        pub user_obj: PartialUser => 5 "user_obj" req,
    }
    required(3 source, 4 user, 5 user_obj)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// SCIMSourceUser Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SCIMSourceUserRequest {
        /// Nullable in 2024.8.3, 2024.12.1.
        pub attributes: Option<
            Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        > => 0 "attributes" opt_null,
        /// Since 2026.11.0-rc1.
        pub external_id: Option<String> => 1 "external_id" opt,
        pub id: Option<String> => 2 "id" opt,
        pub source: ::uuid::Uuid => 3 "source" req,
        pub user: i64 => 4 "user" req,
    }
    required(3 source, 4 user)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for sms authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct SMSDevice {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
        pub phone_number: String => 1 "phone_number" req,
        pub pk: i64 => 2 "pk" req,
        /// Since 2025.6.2.
        pub user: Option<PartialUser> => 3 "user" opt,
    }
    required(0 name, 1 phone_number, 2 pk)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for sms authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct SMSDeviceRequest {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
    }
    required(0 name)
}

#[cfg(any(feature = "providers", feature = "ssf"))]
super::runtime::object! {
    /// SSFProvider Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SSFProvider {
        /// Get object component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub event_retention: Option<String> => 1 "event_retention" opt,
        /// Return internal model name
        pub meta_model_name: String => 2 "meta_model_name" req,
        pub name: String => 3 "name" req,
        pub oidc_auth_providers: Option<Vec<i64>> => 4 "oidc_auth_providers" opt,
        /// Since 2026.11.0-rc1.
        pub oidc_auth_providers_obj: Option<Vec<Provider>> => 5 "oidc_auth_providers_obj" opt,
        pub pk: i64 => 6 "pk" req,
        /// Since 2026.11.0-rc1.
        pub push_verify_certificates: Option<bool> => 7 "push_verify_certificates" opt,
        /// Key used to sign the SSF Events.
        pub signing_key: ::uuid::Uuid => 8 "signing_key" req,
        pub ssf_url: Option<String> => 9 "ssf_url" nullable,
        pub token_obj: Token => 10 "token_obj" req,
        /// Return object's verbose_name
        pub verbose_name: String => 11 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 12 "verbose_name_plural" req,
    }
    required(
        0 component, 2 meta_model_name, 3 name, 6 pk, 8 signing_key, 10 token_obj, 11 verbose_name,
        12 verbose_name_plural,
    )
    zero(required)
    shapes(5 seq)
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// SSFProvider Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SSFProviderRequest {
        pub event_retention: Option<String> => 0 "event_retention" opt,
        pub name: String => 1 "name" req,
        pub oidc_auth_providers: Option<Vec<i64>> => 2 "oidc_auth_providers" opt,
        /// Since 2026.11.0-rc1.
        pub push_verify_certificates: Option<bool> => 3 "push_verify_certificates" opt,
        /// Key used to sign the SSF Events.
        pub signing_key: ::uuid::Uuid => 4 "signing_key" req,
    }
    required(1 name, 4 signing_key)
}

#[cfg(feature = "ssf")]
super::runtime::object! {
    /// SSFStream Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SSFStream {
        pub aud: Option<Vec<String>> => 0 "aud" opt,
        pub delivery_method: DeliveryMethodEnum => 1 "delivery_method" req,
        pub endpoint_url: Option<Option<String>> => 2 "endpoint_url" opt_null,
        pub events_requested: Option<Vec<EventsRequestedEnum>> => 3 "events_requested" opt,
        pub format: String => 4 "format" req,
        pub iss: String => 5 "iss" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        pub provider: i64 => 7 "provider" req,
        pub provider_obj: SSFProvider => 8 "provider_obj" req,
        /// Since 2026.11.0-rc1.
        pub status: Option<SSFStreamStatusEnum> => 9 "status" opt,
    }
    required(1 delivery_method, 4 format, 5 iss, 6 pk, 7 provider, 8 provider_obj)
}

#[cfg(feature = "ssf")]
/// `SSFStreamStatusEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SSFStreamStatusEnum {
    /// `enabled`
    Enabled,
    /// `paused`
    Paused,
    /// `disabled`
    Disabled,
    /// `disabled_deleted`
    DisabledDeleted,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "ssf")]
super::runtime::string_enum!(
    SSFStreamStatusEnum, Unknown { Enabled => "enabled", Paused => "paused", Disabled =>
    "disabled", DisabledDeleted => "disabled_deleted", }
);

#[cfg(any(feature = "core", feature = "providers"))]
/// `SamlVersionEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SamlVersionEnum {
    /// `1.1`
    V1_1,
    /// `2.0`
    V2_0,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(SamlVersionEnum, Unknown { V1_1 => "1.1", V2_0 => "2.0", });

#[cfg(feature = "tasks")]
super::runtime::object! {
    /// `Schedule`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Schedule {
        /// Dramatiq actor to call
        pub actor_name: String => 0 "actor_name" req,
        /// When to schedule tasks
        pub crontab: String => 1 "crontab" req,
        pub description: Option<String> => 2 "description" nullable,
        pub id: ::uuid::Uuid => 3 "id" req,
        /// Unique schedule identifier
        pub identifier: Option<String> => 4 "identifier" nullable,
        pub last_task_status: Option<LastTaskStatusEnum> => 5 "last_task_status" nullable,
        pub next_run: super::runtime::DateTime => 6 "next_run" req,
        /// Pause this schedule
        pub paused: Option<bool> => 7 "paused" opt,
        /// On the wire it may be absent (patched by specs/quirks.yml).
        pub rel_obj_app_label: Option<String> => 8 "rel_obj_app_label" opt,
        pub rel_obj_id: Option<Option<String>> => 9 "rel_obj_id" opt_null,
        /// On the wire it may be absent (patched by specs/quirks.yml).
        pub rel_obj_model: Option<String> => 10 "rel_obj_model" opt,
        pub uid: String => 11 "uid" req,
    }
    required(0 actor_name, 1 crontab, 3 id, 6 next_run, 11 uid)
}

#[cfg(feature = "tasks")]
super::runtime::object! {
    /// `ScheduleRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ScheduleRequest {
        /// When to schedule tasks
        pub crontab: String => 0 "crontab" req,
        /// Pause this schedule
        pub paused: Option<bool> => 1 "paused" opt,
        pub rel_obj_id: Option<Option<String>> => 2 "rel_obj_id" opt_null,
    }
    required(0 crontab)
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// ScopeMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ScopeMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Description shown to the user when consenting. If left empty, the user won't be informed.
        pub description: Option<String> => 1 "description" opt,
        pub expression: String => 2 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 3 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// Scope name requested by the client
        pub scope_name: String => 7 "scope_name" req,
        /// Return object's verbose_name
        pub verbose_name: String => 8 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 9 "verbose_name_plural" req,
    }
    required(
        0 component, 2 expression, 4 meta_model_name, 5 name, 6 pk, 7 scope_name, 8 verbose_name,
        9 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// ScopeMapping Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ScopeMappingRequest {
        /// Description shown to the user when consenting. If left empty, the user won't be informed.
        pub description: Option<String> => 0 "description" opt,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        pub name: String => 3 "name" req,
        /// Scope name requested by the client
        pub scope_name: String => 4 "scope_name" req,
    }
    required(1 expression, 3 name, 4 scope_name)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Serializer for stages which can be selected by users
    #[derive(Clone, Debug, PartialEq)]
    pub struct SelectableStage {
        pub meta_model_name: String => 0 "meta_model_name" req,
        pub name: String => 1 "name" req,
        pub pk: ::uuid::Uuid => 2 "pk" req,
        pub verbose_name: String => 3 "verbose_name" req,
    }
    required(0 meta_model_name, 1 name, 2 pk, 3 verbose_name)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// ServiceConnection Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct ServiceConnection {
        /// Return component used to edit this object
        pub component: String => 0 "component" req,
        /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
        pub local: Option<bool> => 1 "local" opt,
        /// Return internal model name
        pub meta_model_name: String => 2 "meta_model_name" req,
        pub name: String => 3 "name" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 5 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 6 "verbose_name_plural" req,
    }
    required(0 component, 2 meta_model_name, 3 name, 4 pk, 5 verbose_name, 6 verbose_name_plural)
}

super::runtime::object! {
    /// ServiceConnection Serializer
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct ServiceConnectionRequest {
        /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
        pub local: Option<bool> => 0 "local" opt,
        pub name: String => 1 "name" req,
    }
    required(1 name)
}

#[cfg(feature = "outposts")]
super::runtime::object! {
    /// Serializer for Service connection state
    #[derive(Clone, Debug, PartialEq)]
    pub struct ServiceConnectionState {
        pub healthy: bool => 0 "healthy" req,
        pub version: String => 1 "version" req,
    }
    required(0 healthy, 1 version)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Challenge for ending a session
    #[derive(Clone, Debug, PartialEq)]
    pub struct SessionEndChallenge {
        pub application_launch_url: Option<String> => 0 "application_launch_url" opt,
        pub application_name: Option<String> => 1 "application_name" opt,
        pub brand_name: String => 2 "brand_name" req,
        pub component: Option<String> => 3 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 4 "flow_info" opt,
        pub invalidation_flow_url: Option<String> => 5 "invalidation_flow_url" opt,
        /// Since 2026.11.0-rc1.
        pub overview_url: Option<String> => 6 "overview_url" opt,
        pub pending_user: String => 7 "pending_user" req,
        pub pending_user_avatar: String => 8 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 9 "response_errors" opt,
    }
    required(2 brand_name, 7 pending_user, 8 pending_user_avatar)
    shapes(9 map_seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Response for the /user/me endpoint, returns the currently active user (as `user` property)
    /// and, if this user is being impersonated, the original user in the `original` property.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SessionUser {
        pub original: Option<UserSelf> => 0 "original" opt,
        pub user: UserSelf => 1 "user" req,
        /// Since 2026.11.0-rc1.
        pub users: Option<Vec<UserSelf>> => 2 "users" opt,
    }
    required(1 user)
    shapes(2 seq)
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// Settings Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Settings {
        /// Configure how authentik should show avatars for users.
        pub avatars: Option<String> => 0 "avatars" opt,
        /// Configure the base URL under which this authentik instance is reachable, e.g. https://authentik.company
        ///
        /// Since 2026.11.0-rc1.
        pub base_url: Option<String> => 1 "base_url" opt,
        /// Default token duration
        pub default_token_duration: Option<String> => 2 "default_token_duration" opt,
        /// Default token length
        pub default_token_length: Option<u32> => 3 "default_token_length" opt,
        /// Enable the ability for users to change their email address.
        pub default_user_change_email: Option<bool> => 4 "default_user_change_email" opt,
        /// Enable the ability for users to change their name.
        pub default_user_change_name: Option<bool> => 5 "default_user_change_name" opt,
        /// Enable the ability for users to change their username.
        pub default_user_change_username: Option<bool> => 6 "default_user_change_username" opt,
        /// Events will be deleted after this duration.(Format: weeks=3;days=2;hours=3,seconds=2).
        pub event_retention: Option<String> => 7 "event_retention" opt,
        /// Since 2026.11.0-rc1.
        pub flags: Option<SettingsFlags> => 8 "flags" opt,
        pub footer_links: Option<::serde_json::Value> => 9 "footer_links" opt_null,
        /// When enabled, all the events caused by a user will be deleted upon the user's deletion.
        pub gdpr_compliance: Option<bool> => 10 "gdpr_compliance" opt,
        /// Globally enable/disable impersonation.
        pub impersonation: Option<bool> => 11 "impersonation" opt,
        /// Require administrators to provide a reason for impersonating a user.
        ///
        /// Since 2024.12.1.
        pub impersonation_require_reason: Option<bool> => 12 "impersonation_require_reason" opt,
        /// Default page size for API responses, if no size was requested.
        ///
        /// Since 2026.11.0-rc1.
        pub pagination_default_page_size: Option<u32> => 13 "pagination_default_page_size" opt,
        /// Maximum page size
        ///
        /// Since 2026.11.0-rc1.
        pub pagination_max_page_size: Option<u32> => 14 "pagination_max_page_size" opt,
        /// Reputation cannot decrease lower than this value. Zero or negative.
        ///
        /// Since 2025.6.2.
        pub reputation_lower_limit: Option<i32> => 15 "reputation_lower_limit" opt,
        /// Reputation cannot increase higher than this value. Zero or positive.
        ///
        /// Since 2025.6.2.
        pub reputation_upper_limit: Option<u32> => 16 "reputation_upper_limit" opt,
    }
    required()
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// `SettingsFlags`
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SettingsFlags {
        /// Applications with no policies bound can be accessed by any user.
        ///
        /// On the wire it may be absent (patched by specs/quirks.yml).
        pub core_default_app_access: Option<bool> => 0 "core_default_app_access" opt,
        /// Include additional information in audit logs, may incur a performance penalty.
        ///
        /// On the wire it may be absent (patched by specs/quirks.yml).
        pub enterprise_audit_include_expanded_diff: Option<bool> => 1 "enterprise_audit_include_expanded_diff" opt,
        /// Upon successful authentication, re-start authentication in other open tabs.
        ///
        /// On the wire it may be absent (patched by specs/quirks.yml).
        pub flows_continuous_login: Option<bool> => 2 "flows_continuous_login" opt,
        /// Refresh other tabs after successful authentication.
        ///
        /// On the wire it may be absent (patched by specs/quirks.yml).
        pub flows_refresh_others: Option<bool> => 3 "flows_refresh_others" opt,
    }
    required()
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// Settings Serializer
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SettingsRequest {
        /// Configure how authentik should show avatars for users.
        pub avatars: Option<String> => 0 "avatars" opt,
        /// Configure the base URL under which this authentik instance is reachable, e.g. https://authentik.company
        ///
        /// Since 2026.11.0-rc1.
        pub base_url: Option<String> => 1 "base_url" opt,
        /// Default token duration
        pub default_token_duration: Option<String> => 2 "default_token_duration" opt,
        /// Default token length
        pub default_token_length: Option<u32> => 3 "default_token_length" opt,
        /// Enable the ability for users to change their email address.
        pub default_user_change_email: Option<bool> => 4 "default_user_change_email" opt,
        /// Enable the ability for users to change their name.
        pub default_user_change_name: Option<bool> => 5 "default_user_change_name" opt,
        /// Enable the ability for users to change their username.
        pub default_user_change_username: Option<bool> => 6 "default_user_change_username" opt,
        /// Events will be deleted after this duration.(Format: weeks=3;days=2;hours=3,seconds=2).
        pub event_retention: Option<String> => 7 "event_retention" opt,
        /// Since 2026.11.0-rc1.
        pub flags: Option<SettingsRequestFlags> => 8 "flags" opt,
        pub footer_links: Option<::serde_json::Value> => 9 "footer_links" opt_null,
        /// When enabled, all the events caused by a user will be deleted upon the user's deletion.
        pub gdpr_compliance: Option<bool> => 10 "gdpr_compliance" opt,
        /// Globally enable/disable impersonation.
        pub impersonation: Option<bool> => 11 "impersonation" opt,
        /// Require administrators to provide a reason for impersonating a user.
        ///
        /// Since 2024.12.1.
        pub impersonation_require_reason: Option<bool> => 12 "impersonation_require_reason" opt,
        /// Default page size for API responses, if no size was requested.
        ///
        /// Since 2026.11.0-rc1.
        pub pagination_default_page_size: Option<u32> => 13 "pagination_default_page_size" opt,
        /// Maximum page size
        ///
        /// Since 2026.11.0-rc1.
        pub pagination_max_page_size: Option<u32> => 14 "pagination_max_page_size" opt,
        /// Reputation cannot decrease lower than this value. Zero or negative.
        ///
        /// Since 2025.6.2.
        pub reputation_lower_limit: Option<i32> => 15 "reputation_lower_limit" opt,
        /// Reputation cannot increase higher than this value. Zero or positive.
        ///
        /// Since 2025.6.2.
        pub reputation_upper_limit: Option<u32> => 16 "reputation_upper_limit" opt,
    }
    required()
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// `SettingsRequestFlags`
    #[derive(Clone, Debug, PartialEq)]
    pub struct SettingsRequestFlags {
        /// Applications with no policies bound can be accessed by any user.
        pub core_default_app_access: bool => 0 "core_default_app_access" req,
        /// Include additional information in audit logs, may incur a performance penalty.
        pub enterprise_audit_include_expanded_diff: bool => 1 "enterprise_audit_include_expanded_diff" req,
        /// Upon successful authentication, re-start authentication in other open tabs.
        pub flows_continuous_login: bool => 2 "flows_continuous_login" req,
        /// Refresh other tabs after successful authentication.
        pub flows_refresh_others: bool => 3 "flows_refresh_others" req,
    }
    required(
        0 core_default_app_access, 1 enterprise_audit_include_expanded_diff,
        2 flows_continuous_login, 3 flows_refresh_others,
    )
}

#[cfg(feature = "events")]
/// `SeverityEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SeverityEnum {
    /// `notice`
    Notice,
    /// `warning`
    Warning,
    /// `alert`
    Alert,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "events")]
super::runtime::string_enum!(
    SeverityEnum, Unknown { Notice => "notice", Warning => "warning", Alert => "alert", }
);

#[cfg(feature = "flows")]
super::runtime::object! {
    /// challenge type to render HTML as-is
    #[derive(Clone, Debug, PartialEq)]
    pub struct ShellChallenge {
        pub body: String => 0 "body" req,
        pub component: Option<String> => 1 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 3 "response_errors" opt,
    }
    required(0 body)
    shapes(3 map_seq)
}

#[cfg(any(feature = "core", feature = "providers", feature = "sources"))]
/// `SignatureAlgorithmEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignatureAlgorithmEnum {
    /// `http://www.w3.org/2000/09/xmldsig#rsa-sha1`
    HttpWwwW3Org200009XmldsigRsaSha1,
    /// `http://www.w3.org/2001/04/xmldsig-more#rsa-sha256`
    HttpWwwW3Org200104XmldsigMoreRsaSha256,
    /// `http://www.w3.org/2001/04/xmldsig-more#rsa-sha384`
    HttpWwwW3Org200104XmldsigMoreRsaSha384,
    /// `http://www.w3.org/2001/04/xmldsig-more#rsa-sha512`
    HttpWwwW3Org200104XmldsigMoreRsaSha512,
    /// `http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1`
    HttpWwwW3Org200104XmldsigMoreEcdsaSha1,
    /// `http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256`
    HttpWwwW3Org200104XmldsigMoreEcdsaSha256,
    /// `http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384`
    HttpWwwW3Org200104XmldsigMoreEcdsaSha384,
    /// `http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512`
    HttpWwwW3Org200104XmldsigMoreEcdsaSha512,
    /// `http://www.w3.org/2000/09/xmldsig#dsa-sha1`
    HttpWwwW3Org200009XmldsigDsaSha1,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers", feature = "sources"))]
super::runtime::string_enum!(
    SignatureAlgorithmEnum, Unknown { HttpWwwW3Org200009XmldsigRsaSha1 =>
    "http://www.w3.org/2000/09/xmldsig#rsa-sha1", HttpWwwW3Org200104XmldsigMoreRsaSha256
    => "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    HttpWwwW3Org200104XmldsigMoreRsaSha384 =>
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
    HttpWwwW3Org200104XmldsigMoreRsaSha512 =>
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
    HttpWwwW3Org200104XmldsigMoreEcdsaSha1 =>
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1",
    HttpWwwW3Org200104XmldsigMoreEcdsaSha256 =>
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
    HttpWwwW3Org200104XmldsigMoreEcdsaSha384 =>
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
    HttpWwwW3Org200104XmldsigMoreEcdsaSha512 =>
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512",
    HttpWwwW3Org200009XmldsigDsaSha1 => "http://www.w3.org/2000/09/xmldsig#dsa-sha1", }
);

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `Software`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Software {
        pub name: String => 0 "name" req,
        pub path: Option<String> => 1 "path" opt,
        pub source: String => 2 "source" req,
        pub version: Option<String> => 3 "version" opt,
    }
    required(0 name, 2 source)
}

#[cfg(feature = "endpoints")]
super::runtime::object! {
    /// `SoftwareRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SoftwareRequest {
        pub name: String => 0 "name" req,
        pub path: Option<String> => 1 "path" opt,
        pub source: String => 2 "source" req,
        pub version: Option<String> => 3 "version" opt,
    }
    required(0 name, 2 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Source Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Source {
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Get object component so that we know how to edit the object
        pub component: String => 1 "component" req,
        pub enabled: Option<bool> => 2 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 3 "enrollment_flow" opt_null,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 4 "group_property_mappings" opt,
        /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
        pub icon: Option<Option<String>> => 5 "icon" opt_null,
        /// Since 2026.11.0-rc1.
        pub icon_themed_urls: Option<Option<ThemedUrls>> => 6 "icon_themed_urls" opt_null,
        /// Get the URL to the source icon
        ///
        /// Since 2026.11.0-rc1.
        pub icon_url: Option<Option<String>> => 7 "icon_url" opt_null,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 8 "managed" nullable,
        /// Return internal model name
        pub meta_model_name: String => 9 "meta_model_name" req,
        /// Source's display Name.
        pub name: String => 10 "name" req,
        pub pk: ::uuid::Uuid => 11 "pk" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 12 "policy_engine_mode" opt,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        ///
        /// Since 2026.11.0-rc1.
        pub promoted: Option<bool> => 13 "promoted" opt,
        /// Internal source name, used in URLs.
        pub slug: String => 14 "slug" req,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 15 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 16 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 17 "user_property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 18 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 19 "verbose_name_plural" req,
    }
    required(
        1 component, 9 meta_model_name, 10 name, 11 pk, 14 slug, 18 verbose_name,
        19 verbose_name_plural,
    )
    zero(required)
}

super::runtime::object! {
    /// Source Serializer
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct SourceRequest {
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        pub enabled: Option<bool> => 1 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 2 "enrollment_flow" opt_null,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 3 "group_property_mappings" opt,
        /// Source's display Name.
        pub name: String => 4 "name" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 5 "policy_engine_mode" opt,
        /// Internal source name, used in URLs.
        pub slug: String => 6 "slug" req,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 7 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 8 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 9 "user_property_mappings" opt,
    }
    required(4 name, 6 slug)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// SourceStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SourceStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 1 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 2 "meta_model_name" req,
        pub name: String => 3 "name" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
        /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
        pub resume_timeout: Option<String> => 5 "resume_timeout" opt,
        pub source: ::uuid::Uuid => 6 "source" req,
        /// Return object's verbose_name
        pub verbose_name: String => 7 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 8 "verbose_name_plural" req,
    }
    required(
        0 component, 2 meta_model_name, 3 name, 4 pk, 6 source, 7 verbose_name,
        8 verbose_name_plural,
    )
    shapes(1 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// SourceStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SourceStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub name: String => 1 "name" req,
        /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
        pub resume_timeout: Option<String> => 2 "resume_timeout" opt,
        pub source: ::uuid::Uuid => 3 "source" req,
    }
    required(1 name, 3 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Serializer for SourceType
    #[derive(Clone, Debug, PartialEq)]
    pub struct SourceType {
        pub access_token_url: Option<String> => 0 "access_token_url" nullable,
        pub authorization_url: Option<String> => 1 "authorization_url" nullable,
        pub name: String => 2 "name" req,
        pub oidc_jwks_url: Option<String> => 3 "oidc_jwks_url" nullable,
        pub oidc_well_known_url: Option<String> => 4 "oidc_well_known_url" nullable,
        pub profile_url: Option<String> => 5 "profile_url" nullable,
        pub request_token_url: Option<String> => 6 "request_token_url" nullable,
        pub urls_customizable: bool => 7 "urls_customizable" req,
        pub verbose_name: String => 8 "verbose_name" req,
    }
    required(2 name, 7 urls_customizable, 8 verbose_name)
    zero(required)
}

#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::object! {
    /// Stage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Stage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 1 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 2 "meta_model_name" req,
        pub name: String => 3 "name" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 5 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 6 "verbose_name_plural" req,
    }
    required(0 component, 2 meta_model_name, 3 name, 4 pk, 5 verbose_name, 6 verbose_name_plural)
    zero(required)
    shapes(1 seq)
}

#[cfg(feature = "stages")]
/// `StageModeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StageModeEnum {
    /// `optional`
    Optional,
    /// `required`
    Required,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    StageModeEnum, Unknown { Optional => "optional", Required => "required", }
);
#[cfg(feature = "stages")]
/// `MutualTLSStageModeEnum`: the name of [`StageModeEnum`] in older schema versions.
pub type MutualTLSStageModeEnum = StageModeEnum;

#[cfg(any(feature = "flows", feature = "stages"))]
super::runtime::object! {
    /// Serializer for a single Prompt field
    #[derive(Clone, Debug, PartialEq)]
    pub struct StagePrompt {
        /// Was `array<string>` in 2024.8.3, 2024.12.1, 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
        pub choices: Option<super::runtime::compat::Versioned<Vec<PromptChoice>>> => 0 "choices" nullable,
        pub field_key: String => 1 "field_key" req,
        pub initial_value: String => 2 "initial_value" req,
        pub label: String => 3 "label" req,
        pub order: i64 => 4 "order" req,
        pub placeholder: String => 5 "placeholder" req,
        pub required: bool => 6 "required" req,
        pub sub_text: String => 7 "sub_text" req,
        pub r#type: PromptTypeEnum => 8 "type" req,
    }
    required(
        1 field_key, 2 initial_value, 3 label, 4 order, 5 placeholder, 6 required, 7 sub_text,
        8 r#type,
    )
    shapes(0 seq)
}

super::runtime::object! {
    /// Stage Serializer
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct StageRequest {
        pub flow_set: Option<Vec<FlowSetRequest>> => 0 "flow_set" opt,
        pub name: String => 1 "name" req,
    }
    required(1 name)
    shapes(0 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for static authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct StaticDevice {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
        pub pk: i64 => 1 "pk" req,
        pub token_set: Vec<StaticDeviceToken> => 2 "token_set" req,
        /// Since 2025.6.2.
        pub user: Option<PartialUser> => 3 "user" opt,
    }
    required(0 name, 1 pk, 2 token_set)
    shapes(2 seq)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for static authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct StaticDeviceRequest {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
    }
    required(0 name)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for static device's tokens
    #[derive(Clone, Debug, PartialEq)]
    pub struct StaticDeviceToken {
        pub token: String => 0 "token" req,
    }
    required(0 token)
}

super::runtime::object! {
    /// Serializer for static device's tokens
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct StaticDeviceTokenRequest {
        pub token: String => 0 "token" req,
    }
    required(0 token)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `SubModeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubModeEnum {
    /// `hashed_user_id`
    HashedUserId,
    /// `user_id`
    UserId,
    /// `user_uuid`
    UserUuid,
    /// `user_username`
    UserUsername,
    /// `user_email`
    UserEmail,
    /// `user_upn`
    UserUpn,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::string_enum!(
    SubModeEnum, Unknown { HashedUserId => "hashed_user_id", UserId => "user_id",
    UserUuid => "user_uuid", UserUsername => "user_username", UserEmail => "user_email",
    UserUpn => "user_upn", }
);

#[cfg(feature = "providers")]
/// `SyncObjectModelEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SyncObjectModelEnum {
    /// `authentik.core.models.User`
    AuthentikCoreModelsUser,
    /// `authentik.core.models.Group`
    AuthentikCoreModelsGroup,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "providers")]
super::runtime::string_enum!(
    SyncObjectModelEnum, Unknown { AuthentikCoreModelsUser =>
    "authentik.core.models.User", AuthentikCoreModelsGroup =>
    "authentik.core.models.Group", }
);

#[cfg(feature = "providers")]
super::runtime::object! {
    /// Sync object serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct SyncObjectRequest {
        /// Since 2025.6.2.
        pub override_dry_run: Option<bool> => 0 "override_dry_run" opt,
        pub sync_object_id: String => 1 "sync_object_id" req,
        pub sync_object_model: SyncObjectModelEnum => 2 "sync_object_model" req,
    }
    required(1 sync_object_id, 2 sync_object_model)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// Result of a single object sync
    #[derive(Clone, Debug, PartialEq)]
    pub struct SyncObjectResult {
        pub messages: Vec<LogEvent> => 0 "messages" req,
    }
    required(0 messages)
    shapes(0 seq)
}

#[cfg(feature = "sources")]
/// `SyncOutgoingTriggerModeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SyncOutgoingTriggerModeEnum {
    /// `none`
    None,
    /// `immediate`
    Immediate,
    /// `deferred_end`
    DeferredEnd,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "sources")]
super::runtime::string_enum!(
    SyncOutgoingTriggerModeEnum, Unknown { None => "none", Immediate => "immediate",
    DeferredEnd => "deferred_end", }
);

#[cfg(any(feature = "providers", feature = "sources"))]
super::runtime::object! {
    /// Provider/source sync status
    #[derive(Clone, Debug, PartialEq)]
    pub struct SyncStatus {
        pub is_running: bool => 0 "is_running" req,
        /// Since 2026.11.0-rc1.
        pub last_successful_sync: Option<super::runtime::DateTime> => 1 "last_successful_sync" opt,
        /// Since 2026.11.0-rc1.
        pub last_sync_status: Option<TaskAggregatedStatusEnum> => 2 "last_sync_status" opt,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub tasks: Option<Vec<::serde_json::Value>> => 3 "tasks" opt,
    }
    required(0 is_running)
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// Get system information.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SystemInfo {
        /// Configured external base URL. Can be empty
        ///
        /// Since 2026.11.0-rc1.
        pub base_url: Option<String> => 0 "base_url" opt,
        /// Currently active brand
        pub brand: String => 1 "brand" req,
        /// Whether the embedded outpost is disabled
        pub embedded_outpost_disabled: bool => 2 "embedded_outpost_disabled" req,
        /// Get the FQDN configured on the embedded outpost
        pub embedded_outpost_host: String => 3 "embedded_outpost_host" req,
        /// Get HTTP Request headers
        pub http_headers: ::std::collections::BTreeMap<String, String> => 4 "http_headers" req,
        /// Get HTTP host
        pub http_host: String => 5 "http_host" req,
        /// Get HTTP Secure flag
        pub http_is_secure: bool => 6 "http_is_secure" req,
        /// Get versions
        pub runtime: SystemInfoRuntime => 7 "runtime" req,
        /// Current server time
        pub server_time: super::runtime::DateTime => 8 "server_time" req,
    }
    required(
        1 brand, 2 embedded_outpost_disabled, 3 embedded_outpost_host, 4 http_headers, 5 http_host,
        6 http_is_secure, 7 runtime, 8 server_time,
    )
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// `SystemInfoRuntime`
    #[derive(Clone, Debug, PartialEq)]
    pub struct SystemInfoRuntime {
        pub architecture: String => 0 "architecture" req,
        pub authentik_version: String => 1 "authentik_version" req,
        pub environment: String => 2 "environment" req,
        pub openssl_fips_enabled: Option<bool> => 3 "openssl_fips_enabled" nullable,
        pub openssl_version: String => 4 "openssl_version" req,
        pub platform: String => 5 "platform" req,
        pub python_version: String => 6 "python_version" req,
        pub uname: String => 7 "uname" req,
    }
    required(
        0 architecture, 1 authentik_version, 2 environment, 4 openssl_version, 5 platform,
        6 python_version, 7 uname,
    )
    zero(required)
}

#[cfg(feature = "events")]
super::runtime::object! {
    /// Serialize TaskInfo and TaskResult
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct SystemTask {
        pub description: String => 0 "description" req,
        pub duration: super::runtime::Number => 1 "duration" req,
        pub expires: Option<Option<super::runtime::DateTime>> => 2 "expires" opt_null,
        pub expiring: Option<bool> => 3 "expiring" opt,
        pub finish_timestamp: super::runtime::DateTime => 4 "finish_timestamp" req,
        /// Get full name with UID
        pub full_name: String => 5 "full_name" req,
        pub messages: Vec<LogEvent> => 6 "messages" req,
        pub name: String => 7 "name" req,
        pub start_timestamp: super::runtime::DateTime => 8 "start_timestamp" req,
        pub status: SystemTaskStatusEnum => 9 "status" req,
        pub uid: Option<String> => 10 "uid" opt,
        pub uuid: ::uuid::Uuid => 11 "uuid" req,
    }
    required(
        0 description, 1 duration, 4 finish_timestamp, 5 full_name, 6 messages, 7 name,
        8 start_timestamp, 9 status, 11 uuid,
    )
    shapes(6 seq)
}

#[cfg(feature = "events")]
/// `SystemTaskStatusEnum`
///
/// Until 2025.6.2 (removed in 2026.11.0-rc1).
#[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SystemTaskStatusEnum {
    /// `unknown`
    Unknown2,
    /// `successful`
    Successful,
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "events")]
super::runtime::string_enum!(
    SystemTaskStatusEnum, Unknown { Unknown2 => "unknown", Successful => "successful",
    Warning => "warning", Error => "error", }
);

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for totp authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct TOTPDevice {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
        pub pk: i64 => 1 "pk" req,
        /// Since 2025.6.2.
        pub user: Option<PartialUser> => 2 "user" opt,
    }
    required(0 name, 1 pk)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for totp authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct TOTPDeviceRequest {
        /// The human-readable name of this device.
        pub name: String => 0 "name" req,
    }
    required(0 name)
}

#[cfg(feature = "tasks")]
super::runtime::object! {
    /// `Task`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Task {
        /// Dramatiq actor name
        pub actor_name: String => 0 "actor_name" req,
        pub aggregated_status: TaskAggregatedStatusEnum => 1 "aggregated_status" req,
        pub description: Option<String> => 2 "description" nullable,
        /// Planned execution time
        pub eta: Option<Option<super::runtime::DateTime>> => 3 "eta" opt_null,
        pub logs: Vec<LogEvent> => 4 "logs" req,
        pub message_id: Option<::uuid::Uuid> => 5 "message_id" opt,
        /// Task last modified time
        pub mtime: Option<super::runtime::DateTime> => 6 "mtime" opt,
        pub previous_logs: Vec<LogEvent> => 7 "previous_logs" req,
        /// Queue name
        pub queue_name: Option<String> => 8 "queue_name" opt,
        /// On the wire it may be absent (patched by specs/quirks.yml).
        pub rel_obj_app_label: Option<String> => 9 "rel_obj_app_label" opt,
        pub rel_obj_id: Option<Option<String>> => 10 "rel_obj_id" opt_null,
        /// On the wire it may be absent (patched by specs/quirks.yml).
        pub rel_obj_model: Option<String> => 11 "rel_obj_model" opt,
        /// Number of retries
        pub retries: Option<i64> => 12 "retries" opt,
        /// Task status
        pub state: Option<TaskStatusEnum> => 13 "state" opt,
        pub uid: String => 14 "uid" req,
    }
    required(0 actor_name, 1 aggregated_status, 4 logs, 7 previous_logs, 14 uid)
    shapes(4 seq, 7 seq)
}

#[cfg(any(feature = "providers", feature = "sources", feature = "tasks"))]
/// `TaskAggregatedStatusEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskAggregatedStatusEnum {
    /// `waiting_for_dependencies`
    WaitingForDependencies,
    /// `queued`
    Queued,
    /// `consumed`
    Consumed,
    /// `preprocess`
    Preprocess,
    /// `running`
    Running,
    /// `postprocess`
    Postprocess,
    /// `rejected`
    Rejected,
    /// `done`
    Done,
    /// `info`
    Info,
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(any(feature = "providers", feature = "sources", feature = "tasks"))]
super::runtime::string_enum!(
    TaskAggregatedStatusEnum, Unknown { WaitingForDependencies =>
    "waiting_for_dependencies", Queued => "queued", Consumed => "consumed", Preprocess =>
    "preprocess", Running => "running", Postprocess => "postprocess", Rejected =>
    "rejected", Done => "done", Info => "info", Warning => "warning", Error => "error", }
);

#[cfg(feature = "tasks")]
/// `TaskStatusEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskStatusEnum {
    /// `waiting_for_dependencies`
    WaitingForDependencies,
    /// `queued`
    Queued,
    /// `consumed`
    Consumed,
    /// `preprocess`
    Preprocess,
    /// `running`
    Running,
    /// `postprocess`
    Postprocess,
    /// `rejected`
    Rejected,
    /// `done`
    Done,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "tasks")]
super::runtime::string_enum!(
    TaskStatusEnum, Unknown { WaitingForDependencies => "waiting_for_dependencies",
    Queued => "queued", Consumed => "consumed", Preprocess => "preprocess", Running =>
    "running", Postprocess => "postprocess", Rejected => "rejected", Done => "done", }
);

#[cfg(feature = "sources")]
super::runtime::object! {
    /// `TelegramAuthRequest`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TelegramAuthRequest {
        pub auth_date: i64 => 0 "auth_date" req,
        pub first_name: Option<String> => 1 "first_name" opt,
        pub hash: String => 2 "hash" req,
        pub id: i64 => 3 "id" req,
        pub last_name: Option<String> => 4 "last_name" opt,
        pub photo_url: Option<String> => 5 "photo_url" opt,
        pub username: Option<String> => 6 "username" opt,
    }
    required(0 auth_date, 2 hash, 3 id)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Base class for all challenge responses
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TelegramChallengeResponseRequest {
        pub auth_date: i64 => 0 "auth_date" req,
        pub component: Option<String> => 1 "component" opt,
        pub first_name: Option<String> => 2 "first_name" opt,
        pub hash: String => 3 "hash" req,
        pub id: i64 => 4 "id" req,
        pub last_name: Option<String> => 5 "last_name" opt,
        pub photo_url: Option<String> => 6 "photo_url" opt,
        pub username: Option<String> => 7 "username" opt,
    }
    required(0 auth_date, 3 hash, 4 id)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Base login challenge for Identification stage
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TelegramLoginChallenge {
        /// Telegram bot username
        pub bot_username: String => 0 "bot_username" req,
        pub component: Option<String> => 1 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 2 "flow_info" opt,
        pub request_message_access: bool => 3 "request_message_access" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 4 "response_errors" opt,
    }
    required(0 bot_username, 3 request_message_access)
    shapes(4 map_seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Source Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TelegramSource {
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Telegram bot username
        pub bot_username: String => 1 "bot_username" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 2 "component" req,
        pub enabled: Option<bool> => 3 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 4 "enrollment_flow" opt_null,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 5 "group_property_mappings" opt,
        pub icon: Option<String> => 6 "icon" opt,
        pub icon_themed_urls: Option<ThemedUrls> => 7 "icon_themed_urls" nullable,
        pub icon_url: Option<String> => 8 "icon_url" nullable,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<String> => 9 "managed" nullable,
        /// Return internal model name
        pub meta_model_name: String => 10 "meta_model_name" req,
        /// Source's display Name.
        pub name: String => 11 "name" req,
        pub pk: ::uuid::Uuid => 12 "pk" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 13 "policy_engine_mode" opt,
        /// Flow used before authentication.
        pub pre_authentication_flow: ::uuid::Uuid => 14 "pre_authentication_flow" req,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        pub promoted: Option<bool> => 15 "promoted" opt,
        /// Request access to send messages from your bot.
        pub request_message_access: Option<bool> => 16 "request_message_access" opt,
        /// Internal source name, used in URLs.
        pub slug: String => 17 "slug" req,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 18 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 19 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 20 "user_property_mappings" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 21 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 22 "verbose_name_plural" req,
    }
    required(
        1 bot_username, 2 component, 10 meta_model_name, 11 name, 12 pk,
        14 pre_authentication_flow, 17 slug, 21 verbose_name, 22 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// TelegramSourcePropertyMapping Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TelegramSourcePropertyMapping {
        /// Get object's component so that we know how to edit the object
        pub component: String => 0 "component" req,
        pub expression: String => 1 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 2 "managed" opt_null,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        pub pk: ::uuid::Uuid => 5 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 6 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 7 "verbose_name_plural" req,
    }
    required(
        0 component, 1 expression, 3 meta_model_name, 4 name, 5 pk, 6 verbose_name,
        7 verbose_name_plural,
    )
}

#[cfg(feature = "propertymappings")]
super::runtime::object! {
    /// TelegramSourcePropertyMapping Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TelegramSourcePropertyMappingRequest {
        pub expression: String => 0 "expression" req,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 1 "managed" opt_null,
        pub name: String => 2 "name" req,
    }
    required(0 expression, 2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// Source Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TelegramSourceRequest {
        /// Flow to use when authenticating existing users.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 0 "authentication_flow" opt_null,
        /// Telegram bot token
        pub bot_token: String => 1 "bot_token" req,
        /// Telegram bot username
        pub bot_username: String => 2 "bot_username" req,
        pub enabled: Option<bool> => 3 "enabled" opt,
        /// Flow to use when enrolling new users.
        pub enrollment_flow: Option<Option<::uuid::Uuid>> => 4 "enrollment_flow" opt_null,
        pub group_property_mappings: Option<Vec<::uuid::Uuid>> => 5 "group_property_mappings" opt,
        pub icon: Option<String> => 6 "icon" opt,
        /// Source's display Name.
        pub name: String => 7 "name" req,
        pub policy_engine_mode: Option<PolicyEngineMode> => 8 "policy_engine_mode" opt,
        /// Flow used before authentication.
        pub pre_authentication_flow: ::uuid::Uuid => 9 "pre_authentication_flow" req,
        /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
        pub promoted: Option<bool> => 10 "promoted" opt,
        /// Request access to send messages from your bot.
        pub request_message_access: Option<bool> => 11 "request_message_access" opt,
        /// Internal source name, used in URLs.
        pub slug: String => 12 "slug" req,
        /// How the source determines if an existing user should be authenticated or a new user enrolled.
        pub user_matching_mode: Option<UserMatchingModeEnum> => 13 "user_matching_mode" opt,
        pub user_path_template: Option<String> => 14 "user_path_template" opt,
        pub user_property_mappings: Option<Vec<::uuid::Uuid>> => 15 "user_property_mappings" opt,
    }
    required(1 bot_token, 2 bot_username, 7 name, 9 pre_authentication_flow, 12 slug)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Tenant Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Tenant {
        pub name: String => 0 "name" req,
        pub ready: Option<bool> => 1 "ready" opt,
        pub schema_name: String => 2 "schema_name" req,
        pub tenant_uuid: ::uuid::Uuid => 3 "tenant_uuid" req,
    }
    required(0 name, 2 schema_name, 3 tenant_uuid)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Tenant admin group creation request serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct TenantAdminGroupRequestRequest {
        pub user: String => 0 "user" req,
    }
    required(0 user)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Tenant recovery key creation request serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct TenantRecoveryKeyRequestRequest {
        pub duration_days: i64 => 0 "duration_days" req,
        pub user: String => 1 "user" req,
    }
    required(0 duration_days, 1 user)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Tenant recovery key creation response serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct TenantRecoveryKeyResponse {
        pub expiry: super::runtime::DateTime => 0 "expiry" req,
        pub url: String => 1 "url" req,
    }
    required(0 expiry, 1 url)
}

#[cfg(feature = "tenants")]
super::runtime::object! {
    /// Tenant Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct TenantRequest {
        pub name: String => 0 "name" req,
        pub ready: Option<bool> => 1 "ready" opt,
        pub schema_name: String => 2 "schema_name" req,
    }
    required(0 name, 2 schema_name)
}

#[cfg(
    any(
        feature = "admin",
        feature = "core",
        feature = "flows",
        feature = "requests",
        feature = "sources",
        feature = "stages"
    )
)]
super::runtime::object! {
    /// Themed URLs - maps theme names to URLs for light and dark themes
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ThemedUrls {
        pub dark: Option<Option<String>> => 0 "dark" opt_null,
        pub light: Option<Option<String>> => 1 "light" opt_null,
    }
    required()
}

#[cfg(
    any(feature = "core", feature = "providers", feature = "sources", feature = "ssf")
)]
super::runtime::object! {
    /// Token Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct Token {
        pub description: Option<String> => 0 "description" opt,
        pub expires: Option<Option<super::runtime::DateTime>> => 1 "expires" opt_null,
        pub expiring: Option<bool> => 2 "expiring" opt,
        pub identifier: String => 3 "identifier" req,
        pub intent: Option<IntentEnum> => 4 "intent" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 5 "managed" opt_null,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        pub user: Option<i64> => 7 "user" opt,
        pub user_obj: User => 8 "user_obj" req,
    }
    required(3 identifier, 6 pk, 8 user_obj)
    zero(required)
}

#[cfg(feature = "oauth2")]
super::runtime::object! {
    /// Serializer for BaseGrantModel and RefreshToken
    #[derive(Clone, Debug, PartialEq)]
    pub struct TokenModel {
        pub expires: Option<Option<super::runtime::DateTime>> => 0 "expires" opt_null,
        /// Get the token's id_token as JSON String
        pub id_token: String => 1 "id_token" req,
        /// Check if token is expired yet.
        pub is_expired: bool => 2 "is_expired" req,
        pub pk: i64 => 3 "pk" req,
        pub provider: Provider => 4 "provider" req,
        pub revoked: Option<bool> => 5 "revoked" opt,
        pub scope: Vec<String> => 6 "scope" req,
        pub user: User => 7 "user" req,
    }
    required(1 id_token, 2 is_expired, 3 pk, 4 provider, 6 scope, 7 user)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Token Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct TokenRequest {
        pub description: Option<String> => 0 "description" opt,
        pub expires: Option<Option<super::runtime::DateTime>> => 1 "expires" opt_null,
        pub expiring: Option<bool> => 2 "expiring" opt,
        pub identifier: String => 3 "identifier" req,
        pub intent: Option<IntentEnum> => 4 "intent" opt,
        /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
        pub managed: Option<Option<String>> => 5 "managed" opt_null,
        pub user: Option<i64> => 6 "user" opt,
    }
    required(3 identifier)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Set token's key
    #[derive(Clone, Debug, PartialEq)]
    pub struct TokenSetKeyRequest {
        pub key: String => 0 "key" req,
    }
    required(0 key)
}

#[cfg(any(feature = "core", feature = "endpoints"))]
super::runtime::object! {
    /// Show token's current key
    #[derive(Clone, Debug, PartialEq)]
    pub struct TokenView {
        pub key: String => 0 "key" req,
    }
    required(0 key)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Serializer for creating a provider and an application in one transaction
    #[derive(Clone, Debug, PartialEq)]
    pub struct TransactionApplicationRequest {
        pub app: ApplicationRequest => 0 "app" req,
        /// Since 2024.12.1.
        pub policy_bindings: Option<Vec<TransactionPolicyBindingRequest>> => 1 "policy_bindings" opt,
        pub provider: ModelRequest => 2 "provider" req,
        pub provider_model: ProviderModelEnum => 3 "provider_model" req,
    }
    required(0 app, 2 provider, 3 provider_model)
    shapes(1 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Transactional creation response
    #[derive(Clone, Debug, PartialEq)]
    pub struct TransactionApplicationResponse {
        pub applied: bool => 0 "applied" req,
        pub logs: Vec<String> => 1 "logs" req,
    }
    required(0 applied, 1 logs)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// PolicyBindingSerializer which does not require target as target is set implicitly
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TransactionPolicyBindingRequest {
        pub enabled: Option<bool> => 0 "enabled" opt,
        /// Result if the Policy execution fails.
        pub failure_result: Option<bool> => 1 "failure_result" opt,
        pub group: Option<Option<::uuid::Uuid>> => 2 "group" opt_null,
        /// Negates the outcome of the policy. Messages are unaffected.
        pub negate: Option<bool> => 3 "negate" opt,
        pub order: i32 => 4 "order" req,
        pub policy: Option<Option<::uuid::Uuid>> => 5 "policy" opt_null,
        /// Timeout after which Policy execution is terminated.
        pub timeout: Option<u32> => 6 "timeout" opt,
        pub user: Option<Option<i64>> => 7 "user" opt_null,
    }
    required(4 order)
}

#[cfg(feature = "events")]
/// `TransportModeEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TransportModeEnum {
    /// `local`
    Local,
    /// `webhook`
    Webhook,
    /// `webhook_slack`
    WebhookSlack,
    /// `email`
    Email,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "events")]
super::runtime::string_enum!(
    TransportModeEnum, Unknown { Local => "local", Webhook => "webhook", WebhookSlack =>
    "webhook_slack", Email => "email", }
);
#[cfg(feature = "events")]
/// `NotificationTransportModeEnum`: the name of [`TransportModeEnum`] in older schema versions.
pub type NotificationTransportModeEnum = TransportModeEnum;

#[cfg(
    any(
        feature = "endpoints",
        feature = "events",
        feature = "outposts",
        feature = "policies",
        feature = "propertymappings",
        feature = "providers",
        feature = "sources",
        feature = "stages"
    )
)]
super::runtime::object! {
    /// Types of an object that can be created
    #[derive(Clone, Debug, PartialEq)]
    pub struct TypeCreate {
        pub component: String => 0 "component" req,
        /// Since 2026.11.0-rc1.
        pub deprecated: Option<bool> => 1 "deprecated" opt,
        pub description: String => 2 "description" req,
        /// On the wire it may be `null` (patched by specs/quirks.yml).
        pub icon_url: Option<Option<String>> => 3 "icon_url" opt_null,
        pub model_name: String => 4 "model_name" req,
        pub name: String => 5 "name" req,
        pub requires_enterprise: Option<bool> => 6 "requires_enterprise" opt,
    }
    required(0 component, 2 description, 4 model_name, 5 name)
}

#[cfg(feature = "core")]
/// `UiThemeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UiThemeEnum {
    /// `automatic`
    Automatic,
    /// `light`
    Light,
    /// `dark`
    Dark,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "core")]
super::runtime::string_enum!(
    UiThemeEnum, Unknown { Automatic => "automatic", Light => "light", Dark => "dark", }
);

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Uniqueness Policy Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UniquePasswordPolicy {
        /// Return objects policy is bound to
        pub bound_to: i64 => 0 "bound_to" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 1 "component" req,
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 2 "execution_logging" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        /// Number of passwords to check against.
        pub num_historical_passwords: Option<u32> => 5 "num_historical_passwords" opt,
        /// Field key to check, field keys defined in Prompt stages are available.
        pub password_field: Option<String> => 6 "password_field" opt,
        pub pk: ::uuid::Uuid => 7 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 8 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 9 "verbose_name_plural" req,
    }
    required(
        0 bound_to, 1 component, 3 meta_model_name, 4 name, 7 pk, 8 verbose_name,
        9 verbose_name_plural,
    )
}

#[cfg(feature = "policies")]
super::runtime::object! {
    /// Password Uniqueness Policy Serializer
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UniquePasswordPolicyRequest {
        /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
        pub execution_logging: Option<bool> => 0 "execution_logging" opt,
        pub name: String => 1 "name" req,
        /// Number of passwords to check against.
        pub num_historical_passwords: Option<u32> => 2 "num_historical_passwords" opt,
        /// Field key to check, field keys defined in Prompt stages are available.
        pub password_field: Option<String> => 3 "password_field" opt,
    }
    required(1 name)
}

#[cfg(feature = "admin")]
/// `UsageEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageEnum {
    /// `media`
    Media,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "admin")]
super::runtime::string_enum!(UsageEnum, Unknown { Media => "media", });

#[cfg(
    any(
        feature = "admin",
        feature = "authenticators",
        feature = "core",
        feature = "crypto",
        feature = "endpoints",
        feature = "enterprise",
        feature = "events",
        feature = "flows",
        feature = "managed",
        feature = "oauth2",
        feature = "outposts",
        feature = "policies",
        feature = "propertymappings",
        feature = "providers",
        feature = "rac",
        feature = "rbac",
        feature = "requests",
        feature = "sources",
        feature = "stages"
    )
)]
super::runtime::object! {
    /// A list of all objects referencing the queried object
    #[derive(Clone, Debug, PartialEq)]
    pub struct UsedBy {
        pub action: UsedByActionEnum => 0 "action" req,
        pub app: String => 1 "app" req,
        pub model_name: String => 2 "model_name" req,
        pub name: String => 3 "name" req,
        pub pk: String => 4 "pk" req,
    }
    required(0 action, 1 app, 2 model_name, 3 name, 4 pk)
}

#[cfg(
    any(
        feature = "admin",
        feature = "authenticators",
        feature = "core",
        feature = "crypto",
        feature = "endpoints",
        feature = "enterprise",
        feature = "events",
        feature = "flows",
        feature = "managed",
        feature = "oauth2",
        feature = "outposts",
        feature = "policies",
        feature = "propertymappings",
        feature = "providers",
        feature = "rac",
        feature = "rbac",
        feature = "requests",
        feature = "sources",
        feature = "stages"
    )
)]
/// `UsedByActionEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsedByActionEnum {
    /// `cascade`
    Cascade,
    /// `cascade_many`
    CascadeMany,
    /// `set_null`
    SetNull,
    /// `set_default`
    SetDefault,
    /// `left_dangling`
    LeftDangling,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(
    any(
        feature = "admin",
        feature = "authenticators",
        feature = "core",
        feature = "crypto",
        feature = "endpoints",
        feature = "enterprise",
        feature = "events",
        feature = "flows",
        feature = "managed",
        feature = "oauth2",
        feature = "outposts",
        feature = "policies",
        feature = "propertymappings",
        feature = "providers",
        feature = "rac",
        feature = "rbac",
        feature = "requests",
        feature = "sources",
        feature = "stages"
    )
)]
super::runtime::string_enum!(
    UsedByActionEnum, Unknown { Cascade => "cascade", CascadeMany => "cascade_many",
    SetNull => "set_null", SetDefault => "set_default", LeftDangling => "left_dangling",
    }
);

#[cfg(
    any(
        feature = "core",
        feature = "oauth2",
        feature = "providers",
        feature = "sources",
        feature = "ssf"
    )
)]
super::runtime::object! {
    /// User Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct User {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        /// User's avatar, either a http/https URL or a data URI
        pub avatar: String => 1 "avatar" req,
        /// Since 2025.6.2.
        pub date_joined: Option<super::runtime::DateTime> => 2 "date_joined" opt,
        pub email: Option<String> => 3 "email" opt,
        pub groups: Option<Vec<::uuid::Uuid>> => 4 "groups" opt,
        pub groups_obj: Option<Vec<PartialGroup>> => 5 "groups_obj" nullable,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 6 "is_active" opt,
        pub is_superuser: bool => 7 "is_superuser" req,
        pub last_login: Option<Option<super::runtime::DateTime>> => 8 "last_login" opt_null,
        /// Since 2026.11.0-rc1.
        pub last_updated: Option<super::runtime::DateTime> => 9 "last_updated" opt,
        /// User's display name.
        pub name: String => 10 "name" req,
        /// Since 2025.6.2.
        pub password_change_date: Option<super::runtime::DateTime> => 11 "password_change_date" opt,
        pub path: Option<String> => 12 "path" opt,
        pub pk: i64 => 13 "pk" req,
        /// Since 2026.11.0-rc1.
        pub roles: Option<Vec<::uuid::Uuid>> => 14 "roles" opt,
        /// Since 2026.11.0-rc1.
        pub roles_obj: Option<Option<Vec<Role>>> => 15 "roles_obj" opt_null,
        pub r#type: Option<UserTypeEnum> => 16 "type" opt,
        pub uid: String => 17 "uid" req,
        pub username: String => 18 "username" req,
        pub uuid: ::uuid::Uuid => 19 "uuid" req,
    }
    required(1 avatar, 7 is_superuser, 10 name, 13 pk, 17 uid, 18 username, 19 uuid)
    zero(required)
    shapes(5 seq, 15 seq)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Choose the target account before starting the lockdown flow.
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserAccountLockdownRequest {
        /// User to lock. If omitted, locks the current user (self-service).
        pub user: Option<Option<i64>> => 0 "user" opt_null,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Account adding/removing operations
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserAccountRequest {
        pub pk: i64 => 0 "pk" req,
    }
    required(0 pk)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Account adding/removing operations
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserAccountSerializerForRoleRequest {
        pub pk: i64 => 0 "pk" req,
    }
    required(0 pk)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// Users assigned object permission serializer
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserAssignedObjectPermission {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 2 "is_active" opt,
        pub is_superuser: bool => 3 "is_superuser" req,
        pub last_login: Option<Option<super::runtime::DateTime>> => 4 "last_login" opt_null,
        /// User's display name.
        pub name: String => 5 "name" req,
        pub permissions: Vec<UserObjectPermission> => 6 "permissions" req,
        pub pk: i64 => 7 "pk" req,
        pub uid: String => 8 "uid" req,
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub username: String => 9 "username" req,
    }
    required(3 is_superuser, 5 name, 6 permissions, 7 pk, 8 uid, 9 username)
    shapes(6 seq)
}

#[cfg(feature = "stages")]
/// `UserAttributeEnum`
///
/// Since 2025.6.2.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserAttributeEnum {
    /// `username`
    Username,
    /// `email`
    Email,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    UserAttributeEnum, Unknown { Username => "username", Email => "email", }
);

#[cfg(feature = "core")]
super::runtime::object! {
    /// UserConsent Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserConsent {
        pub application: Application => 0 "application" req,
        pub expires: Option<Option<super::runtime::DateTime>> => 1 "expires" opt_null,
        pub expiring: Option<bool> => 2 "expiring" opt,
        pub permissions: Option<String> => 3 "permissions" opt,
        pub pk: i64 => 4 "pk" req,
        pub user: User => 5 "user" req,
    }
    required(0 application, 4 pk, 5 user)
}

#[cfg(feature = "stages")]
/// `UserCreationModeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserCreationModeEnum {
    /// `never_create`
    NeverCreate,
    /// `create_when_required`
    CreateWhenRequired,
    /// `always_create`
    AlwaysCreate,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    UserCreationModeEnum, Unknown { NeverCreate => "never_create", CreateWhenRequired =>
    "create_when_required", AlwaysCreate => "always_create", }
);

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserDeleteStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserDeleteStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 1 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 2 "meta_model_name" req,
        pub name: String => 3 "name" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 5 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 6 "verbose_name_plural" req,
    }
    required(0 component, 2 meta_model_name, 3 name, 4 pk, 5 verbose_name, 6 verbose_name_plural)
    shapes(1 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserDeleteStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserDeleteStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub name: String => 1 "name" req,
    }
    required(1 name)
}

#[cfg(feature = "stages")]
/// `UserFieldsEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserFieldsEnum {
    /// `email`
    Email,
    /// `username`
    Username,
    /// `upn`
    Upn,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    UserFieldsEnum, Unknown { Email => "email", Username => "username", Upn => "upn", }
);

super::runtime::object! {
    /// Simplified Group Serializer for user's groups
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserGroup {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        /// Users added to this group will be superusers.
        pub is_superuser: Option<bool> => 1 "is_superuser" opt,
        pub name: String => 2 "name" req,
        /// Get a numerical, int32 ID for the group
        pub num_pk: i64 => 3 "num_pk" req,
        pub parent: Option<Option<::uuid::Uuid>> => 4 "parent" opt_null,
        pub parent_name: Option<String> => 5 "parent_name" nullable,
        pub pk: ::uuid::Uuid => 6 "pk" req,
    }
    required(2 name, 3 num_pk, 6 pk)
}

super::runtime::object! {
    /// Simplified Group Serializer for user's groups
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserGroupRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        /// Users added to this group will be superusers.
        pub is_superuser: Option<bool> => 1 "is_superuser" opt,
        pub name: String => 2 "name" req,
        pub parent: Option<Option<::uuid::Uuid>> => 3 "parent" opt_null,
    }
    required(2 name)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserKerberosSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub identifier: String => 1 "identifier" req,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 2 "last_updated" opt,
        pub pk: i64 => 3 "pk" req,
        pub source: ::uuid::Uuid => 4 "source" req,
        pub source_obj: Source => 5 "source_obj" req,
        pub user: i64 => 6 "user" req,
    }
    required(0 created, 1 identifier, 3 pk, 4 source, 5 source_obj, 6 user)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserKerberosSourceConnectionRequest {
        pub identifier: String => 0 "identifier" req,
        pub source: ::uuid::Uuid => 1 "source" req,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 2 "user" opt,
    }
    required(0 identifier, 1 source)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserLDAPSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub identifier: String => 1 "identifier" req,
        pub last_updated: super::runtime::DateTime => 2 "last_updated" req,
        pub pk: i64 => 3 "pk" req,
        pub source: ::uuid::Uuid => 4 "source" req,
        pub source_obj: Source => 5 "source_obj" req,
        pub user: i64 => 6 "user" req,
        /// Since 2026.11.0-rc1.
        pub user_obj: Option<PartialUser> => 7 "user_obj" opt,
    }
    required(0 created, 1 identifier, 2 last_updated, 3 pk, 4 source, 5 source_obj, 6 user)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2025.6.2.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserLDAPSourceConnectionRequest {
        pub identifier: String => 0 "identifier" req,
        pub source: ::uuid::Uuid => 1 "source" req,
        /// In 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 2 "user" opt,
    }
    required(0 identifier, 1 source)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// Empty challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserLoginChallenge {
        pub component: Option<String> => 0 "component" opt,
        pub flow_info: Option<ContextualFlowInfo> => 1 "flow_info" opt,
        pub pending_user: String => 2 "pending_user" req,
        pub pending_user_avatar: String => 3 "pending_user_avatar" req,
        pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>> => 4 "response_errors" opt,
    }
    required(2 pending_user, 3 pending_user_avatar)
    shapes(4 map_seq)
}

#[cfg(feature = "flows")]
super::runtime::object! {
    /// User login challenge
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserLoginChallengeResponseRequest {
        pub component: Option<String> => 0 "component" opt,
        pub remember_me: bool => 1 "remember_me" req,
    }
    required(1 remember_me)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserLoginStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserLoginStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 1 "flow_set" opt,
        /// Bind sessions created by this stage to the configured GeoIP location
        pub geoip_binding: Option<GeoipBindingEnum> => 2 "geoip_binding" opt,
        /// Return internal model name
        pub meta_model_name: String => 3 "meta_model_name" req,
        pub name: String => 4 "name" req,
        /// Bind sessions created by this stage to the configured network
        pub network_binding: Option<NetworkBindingEnum> => 5 "network_binding" opt,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        /// When set to a non-zero value, authentik will save a cookie with a longer expiry,to remember the device the user is logging in from. (Format: hours=-1;minutes=-2;seconds=-3)
        ///
        /// Since 2026.11.0-rc1.
        pub remember_device: Option<String> => 7 "remember_device" opt,
        /// Offset the session will be extended by when the user picks the remember me option. Default of 0 means that the remember me option will not be shown. (Format: hours=-1;minutes=-2;seconds=-3)
        pub remember_me_offset: Option<String> => 8 "remember_me_offset" opt,
        /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
        pub session_duration: Option<String> => 9 "session_duration" opt,
        /// Terminate all other sessions of the user logging in.
        pub terminate_other_sessions: Option<bool> => 10 "terminate_other_sessions" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 11 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 12 "verbose_name_plural" req,
    }
    required(0 component, 3 meta_model_name, 4 name, 6 pk, 11 verbose_name, 12 verbose_name_plural)
    shapes(1 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserLoginStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserLoginStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        /// Bind sessions created by this stage to the configured GeoIP location
        pub geoip_binding: Option<GeoipBindingEnum> => 1 "geoip_binding" opt,
        pub name: String => 2 "name" req,
        /// Bind sessions created by this stage to the configured network
        pub network_binding: Option<NetworkBindingEnum> => 3 "network_binding" opt,
        /// When set to a non-zero value, authentik will save a cookie with a longer expiry,to remember the device the user is logging in from. (Format: hours=-1;minutes=-2;seconds=-3)
        ///
        /// Since 2026.11.0-rc1.
        pub remember_device: Option<String> => 4 "remember_device" opt,
        /// Offset the session will be extended by when the user picks the remember me option. Default of 0 means that the remember me option will not be shown. (Format: hours=-1;minutes=-2;seconds=-3)
        pub remember_me_offset: Option<String> => 5 "remember_me_offset" opt,
        /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
        pub session_duration: Option<String> => 6 "session_duration" opt,
        /// Terminate all other sessions of the user logging in.
        pub terminate_other_sessions: Option<bool> => 7 "terminate_other_sessions" opt,
    }
    required(2 name)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserLogoutStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserLogoutStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 1 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 2 "meta_model_name" req,
        pub name: String => 3 "name" req,
        pub pk: ::uuid::Uuid => 4 "pk" req,
        /// Return object's verbose_name
        pub verbose_name: String => 5 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 6 "verbose_name_plural" req,
    }
    required(0 component, 2 meta_model_name, 3 name, 4 pk, 5 verbose_name, 6 verbose_name_plural)
    shapes(1 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserLogoutStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserLogoutStageRequest {
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 0 "flow_set" opt,
        pub name: String => 1 "name" req,
    }
    required(1 name)
}

#[cfg(feature = "sources")]
/// `UserMatchingModeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserMatchingModeEnum {
    /// `identifier`
    Identifier,
    /// `email_link`
    EmailLink,
    /// `email_deny`
    EmailDeny,
    /// `username_link`
    UsernameLink,
    /// `username_deny`
    UsernameDeny,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "sources")]
super::runtime::string_enum!(
    UserMatchingModeEnum, Unknown { Identifier => "identifier", EmailLink =>
    "email_link", EmailDeny => "email_deny", UsernameLink => "username_link",
    UsernameDeny => "username_deny", }
);

#[cfg(feature = "core")]
super::runtime::object! {
    /// User Metrics
    ///
    /// Until 2024.12.1 (removed in 2025.6.2).
    #[deprecated(note = "Until 2024.12.1 (removed in 2025.6.2).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserMetrics {
        pub authorizations: Vec<Coordinate> => 0 "authorizations" req,
        pub logins: Vec<Coordinate> => 1 "logins" req,
        pub logins_failed: Vec<Coordinate> => 2 "logins_failed" req,
    }
    required(0 authorizations, 1 logins, 2 logins_failed)
    shapes(0 seq, 1 seq, 2 seq)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserOAuthSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        /// Since 2026.11.0-rc1.
        pub expires: Option<super::runtime::DateTime> => 1 "expires" opt,
        pub identifier: String => 2 "identifier" req,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 3 "last_updated" opt,
        pub pk: i64 => 4 "pk" req,
        /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
        pub source: super::runtime::compat::Versioned<::uuid::Uuid> => 5 "source" req,
        /// Since 2024.12.1.
        pub source_obj: Option<Source> => 6 "source_obj" opt,
        pub user: i64 => 7 "user" req,
    }
    required(0 created, 2 identifier, 4 pk, 5 source, 7 user)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserOAuthSourceConnectionRequest {
        pub access_token: Option<Option<String>> => 0 "access_token" opt_null,
        /// Since 2026.11.0-rc1.
        pub expires: Option<super::runtime::DateTime> => 1 "expires" opt,
        pub identifier: String => 2 "identifier" req,
        /// Since 2024.12.1.
        pub source: Option<::uuid::Uuid> => 3 "source" opt,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 4 "user" opt,
    }
    required(2 identifier)
}

#[cfg(feature = "rbac")]
super::runtime::object! {
    /// User-bound object level permission
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserObjectPermission {
        pub app_label: String => 0 "app_label" req,
        pub codename: String => 1 "codename" req,
        pub id: i64 => 2 "id" req,
        pub model: String => 3 "model" req,
        pub name: String => 4 "name" req,
        pub object_pk: String => 5 "object_pk" req,
    }
    required(0 app_label, 1 codename, 2 id, 3 model, 4 name, 5 object_pk)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserOffboarding {
        pub action: Option<OffboardingActionEnum> => 0 "action" opt,
        pub created_at: super::runtime::DateTime => 1 "created_at" req,
        pub created_by_obj: PartialUser => 2 "created_by_obj" req,
        pub executed_at: Option<super::runtime::DateTime> => 3 "executed_at" nullable,
        pub id: ::uuid::Uuid => 4 "id" req,
        /// Revoke all of the user's sessions when offboarding.
        pub revoke_sessions: Option<bool> => 5 "revoke_sessions" opt,
        /// Revoke all of the user's tokens when offboarding.
        pub revoke_tokens: Option<bool> => 6 "revoke_tokens" opt,
        /// Absolute time at which the offboarding action is executed.
        pub scheduled_at: super::runtime::DateTime => 7 "scheduled_at" req,
        pub status: OffboardingStatusEnum => 8 "status" req,
        pub user: i64 => 9 "user" req,
        pub user_obj: PartialUser => 10 "user_obj" req,
    }
    required(1 created_at, 2 created_by_obj, 4 id, 7 scheduled_at, 8 status, 9 user, 10 user_obj)
}

#[cfg(feature = "lifecycle")]
super::runtime::object! {
    /// Mixin to validate that a valid enterprise license
    /// exists before allowing to save the object
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserOffboardingRequest {
        pub action: Option<OffboardingActionEnum> => 0 "action" opt,
        /// Revoke all of the user's sessions when offboarding.
        pub revoke_sessions: Option<bool> => 1 "revoke_sessions" opt,
        /// Revoke all of the user's tokens when offboarding.
        pub revoke_tokens: Option<bool> => 2 "revoke_tokens" opt,
        /// Absolute time at which the offboarding action is executed.
        pub scheduled_at: super::runtime::DateTime => 3 "scheduled_at" req,
        pub user: i64 => 4 "user" req,
    }
    required(3 scheduled_at, 4 user)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Payload to set a users' password hash directly
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserPasswordHashSetRequest {
        pub password: String => 0 "password" req,
    }
    required(0 password)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Payload to set a users' password directly
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserPasswordSetRequest {
        pub password: String => 0 "password" req,
    }
    required(0 password)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `UserPath`
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserPath {
        pub paths: Vec<String> => 0 "paths" req,
    }
    required(0 paths)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserPlexSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub identifier: String => 1 "identifier" req,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 2 "last_updated" opt,
        pub pk: i64 => 3 "pk" req,
        /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
        pub source: super::runtime::compat::Versioned<::uuid::Uuid> => 4 "source" req,
        /// Since 2024.12.1.
        pub source_obj: Option<Source> => 5 "source_obj" opt,
        pub user: i64 => 6 "user" req,
    }
    required(0 created, 1 identifier, 3 pk, 4 source, 6 user)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserPlexSourceConnectionRequest {
        pub identifier: String => 0 "identifier" req,
        pub plex_token: String => 1 "plex_token" req,
        /// Since 2024.12.1.
        pub source: Option<::uuid::Uuid> => 2 "source" opt,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 3 "user" opt,
    }
    required(0 identifier, 1 plex_token)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Payload to create and email a recovery link
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserRecoveryEmailRequest {
        pub email_stage: ::uuid::Uuid => 0 "email_stage" req,
        pub token_duration: Option<String> => 1 "token_duration" opt,
    }
    required(0 email_stage)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Payload to create a recovery link
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserRecoveryLinkRequest {
        pub token_duration: Option<String> => 0 "token_duration" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// User Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserRequest {
        pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>> => 0 "attributes" opt,
        pub email: Option<String> => 1 "email" opt,
        pub groups: Option<Vec<::uuid::Uuid>> => 2 "groups" opt,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: Option<bool> => 3 "is_active" opt,
        pub last_login: Option<Option<super::runtime::DateTime>> => 4 "last_login" opt_null,
        /// User's display name.
        pub name: String => 5 "name" req,
        pub path: Option<String> => 6 "path" opt,
        /// Since 2026.11.0-rc1.
        pub roles: Option<Vec<::uuid::Uuid>> => 7 "roles" opt,
        pub r#type: Option<UserTypeEnum> => 8 "type" opt,
        pub username: String => 9 "username" req,
    }
    required(5 name, 9 username)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSAMLSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub identifier: String => 1 "identifier" req,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 2 "last_updated" opt,
        pub pk: i64 => 3 "pk" req,
        /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
        pub source: super::runtime::compat::Versioned<::uuid::Uuid> => 4 "source" req,
        /// Since 2024.12.1.
        pub source_obj: Option<Source> => 5 "source_obj" opt,
        pub user: i64 => 6 "user" req,
    }
    required(0 created, 1 identifier, 3 pk, 4 source, 6 user)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSAMLSourceConnectionRequest {
        pub identifier: String => 0 "identifier" req,
        /// Since 2024.12.1.
        pub source: Option<::uuid::Uuid> => 1 "source" opt,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 2 "user" opt,
    }
    required(0 identifier)
}

#[cfg(any(feature = "core", feature = "endpoints"))]
super::runtime::object! {
    /// User Serializer for information a user can retrieve about themselves
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSelf {
        /// User's avatar, either a http/https URL or a data URI
        pub avatar: String => 0 "avatar" req,
        pub email: Option<String> => 1 "email" opt,
        pub groups: Vec<UserSelfGroups> => 2 "groups" req,
        /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
        pub is_active: bool => 3 "is_active" req,
        /// Return whether this user owns the current browser session.
        ///
        /// Since 2026.11.0-rc1.
        pub is_current: Option<bool> => 4 "is_current" opt,
        pub is_superuser: bool => 5 "is_superuser" req,
        /// User's display name.
        pub name: String => 6 "name" req,
        pub pk: i64 => 7 "pk" req,
        /// Since 2026.11.0-rc1.
        pub roles: Option<Vec<UserSelfRoles>> => 8 "roles" opt,
        /// Get user settings with brand and group settings applied
        pub settings: ::std::collections::BTreeMap<String, ::serde_json::Value> => 9 "settings" req,
        /// Get all system permissions assigned to the user
        pub system_permissions: Vec<String> => 10 "system_permissions" req,
        pub r#type: Option<UserTypeEnum> => 11 "type" opt,
        pub uid: String => 12 "uid" req,
        /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
        pub username: String => 13 "username" req,
    }
    required(
        0 avatar, 2 groups, 3 is_active, 5 is_superuser, 6 name, 7 pk, 9 settings,
        10 system_permissions, 12 uid, 13 username,
    )
    zero(required)
    shapes(2 seq, 8 seq)
}

#[cfg(any(feature = "core", feature = "endpoints"))]
super::runtime::object! {
    /// `UserSelfGroups`
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSelfGroups {
        pub name: String => 0 "name" req,
        pub pk: String => 1 "pk" req,
    }
    required(0 name, 1 pk)
}

#[cfg(any(feature = "core", feature = "endpoints"))]
super::runtime::object! {
    /// `UserSelfRoles`
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSelfRoles {
        pub name: String => 0 "name" req,
        pub pk: String => 1 "pk" req,
    }
    required(0 name, 1 pk)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Payload to create a service account
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserServiceAccountRequest {
        pub create_group: Option<bool> => 0 "create_group" opt,
        /// If not provided, valid for 360 days
        pub expires: Option<super::runtime::DateTime> => 1 "expires" opt,
        pub expiring: Option<bool> => 2 "expiring" opt,
        pub name: String => 3 "name" req,
    }
    required(3 name)
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// `UserServiceAccountResponse`
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserServiceAccountResponse {
        pub group_pk: Option<String> => 0 "group_pk" opt,
        pub token: String => 1 "token" req,
        pub user_pk: i64 => 2 "user_pk" req,
        pub user_uid: String => 3 "user_uid" req,
        pub username: String => 4 "username" req,
    }
    required(1 token, 2 user_pk, 3 user_uid, 4 username)
}

#[cfg(any(feature = "sources", feature = "stages"))]
super::runtime::object! {
    /// Serializer for User settings for stages and sources
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSetting {
        pub component: String => 0 "component" req,
        pub configure_url: Option<String> => 1 "configure_url" opt,
        pub icon_url: Option<String> => 2 "icon_url" opt,
        pub object_uid: String => 3 "object_uid" req,
        pub title: String => 4 "title" req,
    }
    required(0 component, 3 object_uid, 4 title)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        /// Since 2025.6.2.
        pub identifier: Option<String> => 1 "identifier" opt,
        /// Since 2025.6.2.
        pub last_updated: Option<super::runtime::DateTime> => 2 "last_updated" opt,
        pub pk: i64 => 3 "pk" req,
        /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
        pub source: super::runtime::compat::Versioned<::uuid::Uuid> => 4 "source" req,
        /// Since 2024.12.1.
        pub source_obj: Option<Source> => 5 "source_obj" opt,
        pub user: i64 => 6 "user" req,
    }
    required(0 created, 3 pk, 4 source, 6 user)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSourceConnectionRequest {
        /// Since 2025.6.2.
        pub identifier: Option<String> => 0 "identifier" opt,
        pub source: ::uuid::Uuid => 1 "source" req,
        /// In 2024.12.1 to 2025.6.2 only (removed in 2026.11.0-rc1).
        pub user: Option<i64> => 2 "user" opt,
    }
    required(1 source)
}

#[cfg(feature = "core")]
/// `UserSwitchActionEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserSwitchActionEnum {
    /// `add`
    Add,
    /// `switch`
    Switch,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "core")]
super::runtime::string_enum!(
    UserSwitchActionEnum, Unknown { Add => "add", Switch => "switch", }
);

#[cfg(feature = "core")]
super::runtime::object! {
    /// Request to add or switch users in the current browser.
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct UserSwitchRequest {
        pub action: Option<UserSwitchActionEnum> => 0 "action" opt,
        pub user_pk: Option<i64> => 1 "user_pk" opt,
    }
    required()
}

#[cfg(feature = "core")]
super::runtime::object! {
    /// Redirect returned after planning a user switch.
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserSwitchResponse {
        pub redirect: String => 0 "redirect" req,
    }
    required(0 redirect)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserTelegramSourceConnection {
        pub created: super::runtime::DateTime => 0 "created" req,
        pub identifier: String => 1 "identifier" req,
        pub last_updated: super::runtime::DateTime => 2 "last_updated" req,
        pub pk: i64 => 3 "pk" req,
        pub source: ::uuid::Uuid => 4 "source" req,
        pub source_obj: Source => 5 "source_obj" req,
        pub user: i64 => 6 "user" req,
    }
    required(0 created, 1 identifier, 2 last_updated, 3 pk, 4 source, 5 source_obj, 6 user)
}

#[cfg(feature = "sources")]
super::runtime::object! {
    /// User source connection
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserTelegramSourceConnectionRequest {
        pub identifier: String => 0 "identifier" req,
        pub source: ::uuid::Uuid => 1 "source" req,
    }
    required(0 identifier, 1 source)
}

#[cfg(
    any(
        feature = "core",
        feature = "endpoints",
        feature = "oauth2",
        feature = "providers",
        feature = "sources",
        feature = "ssf",
        feature = "stages"
    )
)]
/// `UserTypeEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserTypeEnum {
    /// `internal`
    Internal,
    /// `external`
    External,
    /// `service_account`
    ServiceAccount,
    /// `internal_service_account`
    InternalServiceAccount,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(
    any(
        feature = "core",
        feature = "endpoints",
        feature = "oauth2",
        feature = "providers",
        feature = "sources",
        feature = "ssf",
        feature = "stages"
    )
)]
super::runtime::string_enum!(
    UserTypeEnum, Unknown { Internal => "internal", External => "external",
    ServiceAccount => "service_account", InternalServiceAccount =>
    "internal_service_account", }
);

#[cfg(feature = "stages")]
/// `UserVerificationEnum`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserVerificationEnum {
    /// `required`
    Required,
    /// `preferred`
    Preferred,
    /// `discouraged`
    Discouraged,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    UserVerificationEnum, Unknown { Required => "required", Preferred => "preferred",
    Discouraged => "discouraged", }
);

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserWriteStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserWriteStage {
        /// Get object type so that we know how to edit the object
        pub component: String => 0 "component" req,
        /// When set, newly created users are inactive and cannot login.
        pub create_users_as_inactive: Option<bool> => 1 "create_users_as_inactive" opt,
        /// Optionally add newly created users to this group.
        pub create_users_group: Option<Option<::uuid::Uuid>> => 2 "create_users_group" opt_null,
        /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
        pub flow_set: Option<Vec<FlowSet>> => 3 "flow_set" opt,
        /// Return internal model name
        pub meta_model_name: String => 4 "meta_model_name" req,
        pub name: String => 5 "name" req,
        pub pk: ::uuid::Uuid => 6 "pk" req,
        pub user_creation_mode: Option<UserCreationModeEnum> => 7 "user_creation_mode" opt,
        pub user_path_template: Option<String> => 8 "user_path_template" opt,
        pub user_type: Option<UserTypeEnum> => 9 "user_type" opt,
        /// Return object's verbose_name
        pub verbose_name: String => 10 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 11 "verbose_name_plural" req,
    }
    required(0 component, 4 meta_model_name, 5 name, 6 pk, 10 verbose_name, 11 verbose_name_plural)
    shapes(3 seq)
}

#[cfg(feature = "stages")]
super::runtime::object! {
    /// UserWriteStage Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct UserWriteStageRequest {
        /// When set, newly created users are inactive and cannot login.
        pub create_users_as_inactive: Option<bool> => 0 "create_users_as_inactive" opt,
        /// Optionally add newly created users to this group.
        pub create_users_group: Option<Option<::uuid::Uuid>> => 1 "create_users_group" opt_null,
        /// Until 2025.6.2 (removed in 2026.11.0-rc1).
        pub flow_set: Option<Vec<::serde_json::Value>> => 2 "flow_set" opt,
        pub name: String => 3 "name" req,
        pub user_creation_mode: Option<UserCreationModeEnum> => 4 "user_creation_mode" opt,
        pub user_path_template: Option<String> => 5 "user_path_template" opt,
        pub user_type: Option<UserTypeEnum> => 6 "user_type" opt,
    }
    required(3 name)
}

super::runtime::object! {
    /// Validation Error
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ValidationError {
        pub code: Option<String> => 0 "code" opt,
        pub non_field_errors: Option<Vec<String>> => 1 "non_field_errors" opt,
    }
    required()
    rest(additional_properties: ::std::collections::BTreeMap<String, super::runtime::FieldErrors>)
    seq(non_field_errors)
}

#[cfg(feature = "endpoints")]
/// `VendorEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VendorEnum {
    /// `goauthentik.io/@merged`
    GoauthentikIoMerged,
    /// `goauthentik.io/platform`
    GoauthentikIoPlatform,
    /// `fleetdm.com`
    FleetdmCom,
    /// `chrome.google.com`
    ChromeGoogleCom,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "endpoints")]
super::runtime::string_enum!(
    VendorEnum, Unknown { GoauthentikIoMerged => "goauthentik.io/@merged",
    GoauthentikIoPlatform => "goauthentik.io/platform", FleetdmCom => "fleetdm.com",
    ChromeGoogleCom => "chrome.google.com", }
);

#[cfg(feature = "admin")]
super::runtime::object! {
    /// Get running and latest version.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Version {
        /// Get build hash, if version is not latest or released
        pub build_hash: String => 0 "build_hash" req,
        /// Check if we're running the latest version
        pub outdated: bool => 1 "outdated" req,
        /// Check if any outpost is outdated/has a version mismatch
        pub outpost_outdated: bool => 2 "outpost_outdated" req,
        /// Get current version
        pub version_current: String => 3 "version_current" req,
        /// Get latest version from cache
        pub version_latest: String => 4 "version_latest" req,
        /// Check if latest version is valid
        pub version_latest_valid: bool => 5 "version_latest_valid" req,
    }
    required(
        0 build_hash, 1 outdated, 2 outpost_outdated, 3 version_current, 4 version_latest,
        5 version_latest_valid,
    )
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// VersionHistory Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct VersionHistory {
        pub build: String => 0 "build" req,
        pub id: i64 => 1 "id" req,
        pub timestamp: super::runtime::DateTime => 2 "timestamp" req,
        pub version: String => 3 "version" req,
    }
    required(0 build, 1 id, 2 timestamp, 3 version)
}

#[cfg(feature = "providers")]
super::runtime::object! {
    /// WSFederationProvider Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct WSFederationProvider {
        /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
        pub assertion_valid_not_before: Option<String> => 0 "assertion_valid_not_before" opt,
        /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub assertion_valid_not_on_or_after: Option<String> => 1 "assertion_valid_not_on_or_after" opt,
        /// Application's display Name.
        pub assigned_application_name: Option<String> => 2 "assigned_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_application_slug: Option<String> => 3 "assigned_application_slug" nullable,
        /// Application's display Name.
        pub assigned_backchannel_application_name: Option<String> => 4 "assigned_backchannel_application_name" nullable,
        /// Internal application name, used in URLs.
        pub assigned_backchannel_application_slug: Option<String> => 5 "assigned_backchannel_application_slug" nullable,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 6 "authentication_flow" opt_null,
        /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
        pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>> => 7 "authn_context_class_ref_mapping" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 8 "authorization_flow" req,
        /// Get object component so that we know how to edit the object
        pub component: String => 9 "component" req,
        pub default_name_id_policy: Option<SAMLNameIDPolicyEnum> => 10 "default_name_id_policy" opt,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 11 "digest_algorithm" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 12 "encryption_kp" opt_null,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 13 "invalidation_flow" req,
        /// Return internal model name
        pub meta_model_name: String => 14 "meta_model_name" req,
        pub name: String => 15 "name" req,
        /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
        pub name_id_mapping: Option<Option<::uuid::Uuid>> => 16 "name_id_mapping" opt_null,
        pub pk: i64 => 17 "pk" req,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 18 "property_mappings" opt,
        pub reply_url: String => 19 "reply_url" req,
        /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
        pub saml_version: Option<SamlVersionEnum> => 20 "saml_version" opt,
        /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub session_valid_not_on_or_after: Option<String> => 21 "session_valid_not_on_or_after" opt,
        pub sign_assertion: Option<bool> => 22 "sign_assertion" opt,
        pub sign_logout_request: Option<bool> => 23 "sign_logout_request" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 24 "signature_algorithm" opt,
        /// Keypair used to sign outgoing Responses going to the Service Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 25 "signing_kp" opt_null,
        /// Get metadata download URL
        pub url_download_metadata: String => 26 "url_download_metadata" req,
        /// Get Issuer/EntityID URL
        pub url_issuer: String => 27 "url_issuer" req,
        /// Get WS-Fed url
        pub url_wsfed: String => 28 "url_wsfed" req,
        /// Return object's verbose_name
        pub verbose_name: String => 29 "verbose_name" req,
        /// Return object's plural verbose_name
        pub verbose_name_plural: String => 30 "verbose_name_plural" req,
        pub wtrealm: String => 31 "wtrealm" req,
    }
    required(
        8 authorization_flow, 9 component, 13 invalidation_flow, 14 meta_model_name, 15 name,
        17 pk, 19 reply_url, 26 url_download_metadata, 27 url_issuer, 28 url_wsfed,
        29 verbose_name, 30 verbose_name_plural, 31 wtrealm,
    )
}

#[cfg(any(feature = "core", feature = "providers"))]
super::runtime::object! {
    /// WSFederationProvider Serializer
    ///
    /// Since 2026.11.0-rc1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct WSFederationProviderRequest {
        /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
        pub assertion_valid_not_before: Option<String> => 0 "assertion_valid_not_before" opt,
        /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub assertion_valid_not_on_or_after: Option<String> => 1 "assertion_valid_not_on_or_after" opt,
        /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
        pub authentication_flow: Option<Option<::uuid::Uuid>> => 2 "authentication_flow" opt_null,
        /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
        pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>> => 3 "authn_context_class_ref_mapping" opt_null,
        /// Flow used when authorizing this provider.
        pub authorization_flow: ::uuid::Uuid => 4 "authorization_flow" req,
        pub default_name_id_policy: Option<SAMLNameIDPolicyEnum> => 5 "default_name_id_policy" opt,
        pub digest_algorithm: Option<DigestAlgorithmEnum> => 6 "digest_algorithm" opt,
        /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
        pub encryption_kp: Option<Option<::uuid::Uuid>> => 7 "encryption_kp" opt_null,
        /// Flow used ending the session from a provider.
        pub invalidation_flow: ::uuid::Uuid => 8 "invalidation_flow" req,
        pub name: String => 9 "name" req,
        /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
        pub name_id_mapping: Option<Option<::uuid::Uuid>> => 10 "name_id_mapping" opt_null,
        pub property_mappings: Option<Vec<::uuid::Uuid>> => 11 "property_mappings" opt,
        pub reply_url: String => 12 "reply_url" req,
        /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
        pub saml_version: Option<SamlVersionEnum> => 13 "saml_version" opt,
        /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
        pub session_valid_not_on_or_after: Option<String> => 14 "session_valid_not_on_or_after" opt,
        pub sign_assertion: Option<bool> => 15 "sign_assertion" opt,
        pub sign_logout_request: Option<bool> => 16 "sign_logout_request" opt,
        pub signature_algorithm: Option<SignatureAlgorithmEnum> => 17 "signature_algorithm" opt,
        /// Keypair used to sign outgoing Responses going to the Service Provider.
        pub signing_kp: Option<Option<::uuid::Uuid>> => 18 "signing_kp" opt_null,
        pub wtrealm: String => 19 "wtrealm" req,
    }
    required(4 authorization_flow, 8 invalidation_flow, 9 name, 12 reply_url, 19 wtrealm)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for WebAuthn authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct WebAuthnDevice {
        pub aaguid: String => 0 "aaguid" req,
        pub created_on: super::runtime::DateTime => 1 "created_on" req,
        pub device_type: Option<WebAuthnDeviceType> => 2 "device_type" nullable,
        pub name: String => 3 "name" req,
        pub pk: i64 => 4 "pk" req,
        /// Since 2025.6.2.
        pub user: Option<PartialUser> => 5 "user" opt,
    }
    required(0 aaguid, 1 created_on, 3 name, 4 pk)
}

#[cfg(feature = "authenticators")]
super::runtime::object! {
    /// Serializer for WebAuthn authenticator devices
    #[derive(Clone, Debug, PartialEq)]
    pub struct WebAuthnDeviceRequest {
        pub name: String => 0 "name" req,
    }
    required(0 name)
}

#[cfg(any(feature = "authenticators", feature = "stages"))]
super::runtime::object! {
    /// WebAuthnDeviceType Serializer
    #[derive(Clone, Debug, PartialEq)]
    pub struct WebAuthnDeviceType {
        pub aaguid: ::uuid::Uuid => 0 "aaguid" req,
        pub description: String => 1 "description" req,
    }
    required(0 aaguid, 1 description)
}

super::runtime::object! {
    /// WebAuthnDeviceType Serializer
    ///
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct WebAuthnDeviceTypeRequest {
        pub aaguid: ::uuid::Uuid => 0 "aaguid" req,
        pub description: String => 1 "description" req,
    }
    required(0 aaguid, 1 description)
}

#[cfg(feature = "stages")]
/// `WebAuthnHintEnum`
///
/// Since 2026.11.0-rc1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebAuthnHintEnum {
    /// `security-key`
    SecurityKey,
    /// `client-device`
    ClientDevice,
    /// `hybrid`
    Hybrid,
    /// A value this version of the crate does not know, kept verbatim.
    Unknown(String),
}
#[cfg(feature = "stages")]
super::runtime::string_enum!(
    WebAuthnHintEnum, Unknown { SecurityKey => "security-key", ClientDevice =>
    "client-device", Hybrid => "hybrid", }
);

#[cfg(any(feature = "admin", feature = "tasks"))]
super::runtime::object! {
    /// `Worker`
    ///
    /// Since 2024.12.1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Worker {
        pub version: String => 0 "version" req,
        pub version_matching: bool => 1 "version_matching" req,
        pub worker_id: String => 2 "worker_id" req,
    }
    required(0 version, 1 version_matching, 2 worker_id)
}

#[cfg(feature = "admin")]
super::runtime::object! {
    /// `Workers`
    ///
    /// Until 2024.8.3 (removed in 2024.12.1).
    #[deprecated(note = "Until 2024.8.3 (removed in 2024.12.1).")]
    #[derive(Clone, Debug, PartialEq)]
    pub struct Workers {
        pub count: i64 => 0 "count" req,
    }
    required(0 count)
}
