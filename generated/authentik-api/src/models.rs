//! Data types of the API: one per component schema, plus named types
//! for inline objects and enums.

#[cfg(feature = "flows")]
/// Challenge when a flow's active stage calls `stage_invalid()`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDeniedChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "stages")]
/// AccountLockdownStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountLockdownStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Deactivate the user account (set is_active to False)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivate_user: Option<bool>,
    /// Delete all active sessions for the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_sessions: Option<bool>,
    pub flow_set: Vec<FlowSet>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Revoke all tokens for the user (API, app password, recovery, verification, OAuth)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_tokens: Option<bool>,
    /// Flow to redirect users to after self-service lockdown. This flow should not require authentication since the user's session is deleted.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub self_service_completion_flow: Option<Option<::uuid::Uuid>>,
    /// Set an unusable password for the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_unusable_password: Option<bool>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// AccountLockdownStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountLockdownStageRequest {
    /// Deactivate the user account (set is_active to False)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivate_user: Option<bool>,
    /// Delete all active sessions for the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_sessions: Option<bool>,
    pub name: String,
    /// Revoke all tokens for the user (API, app password, recovery, verification, OAuth)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_tokens: Option<bool>,
    /// Flow to redirect users to after self-service lockdown. This flow should not require authentication since the user's session is deleted.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub self_service_completion_flow: Option<Option<::uuid::Uuid>>,
    /// Set an unusable password for the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_unusable_password: Option<bool>,
}

#[cfg(feature = "agents")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Agent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_login: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// User's display name.
    pub name: String,
    pub parent: PartialUser,
    pub pk: i64,
    pub policy_behavior: PolicyBehaviorEnum,
    /// Identifier of the agent's API token, so its key can be retrieved/copied later.
    pub token_identifier: Option<String>,
    pub uid: String,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
    pub uuid: ::uuid::Uuid,
}

#[cfg(feature = "endpoints")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentAuthenticationResponse {
    pub url: String,
}

#[cfg(feature = "endpoints")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentConfig {
    pub auth_terminate_session_on_expiry: bool,
    pub authorization_flow: Option<String>,
    pub device_id: String,
    pub jwks_auth: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    pub jwks_challenge: Option<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
    >,
    pub license_status: Option<LicenseStatusEnum>,
    pub nss_gid_offset: i64,
    pub nss_uid_offset: i64,
    pub refresh_interval: i64,
    pub system_config: Config,
}

#[cfg(feature = "endpoints")]
/// `AgentConnector`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentConnector {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_session_duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_terminate_session_on_expiry: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authorization_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_idle_timeout: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub challenge_key: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_trigger_check_in: Option<bool>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nss_gid_offset: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nss_uid_offset: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_interval: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_expiry: Option<String>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "endpoints")]
/// `AgentConnectorRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentConnectorRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_session_duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_terminate_session_on_expiry: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authorization_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_idle_timeout: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub challenge_key: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_trigger_check_in: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nss_gid_offset: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nss_uid_offset: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_interval: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_expiry: Option<String>,
}

#[cfg(feature = "agents")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentCreateRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_behavior: Option<PolicyBehaviorEnum>,
}

#[cfg(feature = "agents")]
/// Response returned once when an agent is created, carrying the one-time API token.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentCreated {
    pub agent: Agent,
    pub token: String,
}

#[cfg(feature = "endpoints")]
/// Register Apple device via Platform SSO
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentPSSODeviceRegistrationRequest {
    pub device_encryption_key: String,
    pub device_signing_key: String,
    pub enc_key_id: String,
    pub sign_key_id: String,
}

#[cfg(feature = "endpoints")]
/// authentik settings for Platform SSO tokens
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentPSSODeviceRegistrationResponse {
    pub audience: String,
    pub client_id: String,
    pub issuer: String,
    pub jwks_endpoint: String,
    pub nonce_endpoint: String,
    pub token_endpoint: String,
}

#[cfg(feature = "endpoints")]
/// Register Apple device user via Platform SSO
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentPSSOUserRegistrationRequest {
    pub enclave_key_id: String,
    pub user_auth: String,
    pub user_secure_enclave_key: String,
}

#[cfg(feature = "agents")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_login: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// User's display name.
    pub name: String,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
}

#[cfg(feature = "endpoints")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AgentTokenResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    pub token: String,
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
/// Serialize Application info
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct App {
    pub label: String,
    pub name: String,
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
/// Pseudo class for apple response
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AppleChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `AppleIndependentSecureEnclave`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AppleIndependentSecureEnclave {
    pub apple_enclave_key_id: String,
    pub apple_secure_enclave_key: String,
    pub device_type: String,
    /// The user that this device belongs to.
    pub user: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "endpoints")]
/// `AppleIndependentSecureEnclaveRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AppleIndependentSecureEnclaveRequest {
    pub apple_enclave_key_id: String,
    pub apple_secure_enclave_key: String,
    pub device_type: String,
    /// The user that this device belongs to.
    pub user: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "flows")]
/// Special challenge for apple-native authentication flow, which happens on the client.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AppleLoginChallenge {
    pub client_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub redirect_uri: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    pub scope: String,
    pub state: String,
}

#[cfg(any(feature = "core", feature = "requests"))]
/// Application Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Application {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_providers: Option<Vec<i64>>,
    pub backchannel_providers_obj: Vec<Provider>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Allow formatting of launch URL
    pub launch_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    /// Hide this application from the user's My applications page.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_hide: Option<bool>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub meta_icon: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub meta_icon_themed_urls: Option<Option<ThemedUrls>>,
    /// Get the URL to the App Icon image
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub meta_icon_url: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_launch_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_publisher: Option<String>,
    /// Application's display Name.
    pub name: String,
    /// Open launch URL in a new browser tab or window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_in_new_tab: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub provider: Option<Option<i64>>,
    pub provider_obj: Option<Provider>,
    /// Internal application name, used in URLs.
    pub slug: String,
}

#[cfg(feature = "core")]
/// ApplicationEntitlement Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationEntitlement {
    pub app: ::uuid::Uuid,
    /// Nullable in 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    pub name: String,
    pub pbm_uuid: ::uuid::Uuid,
}

#[cfg(feature = "core")]
/// ApplicationEntitlement Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationEntitlementRequest {
    pub app: ::uuid::Uuid,
    /// Nullable in 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    pub name: String,
}

#[cfg(feature = "core")]
/// Application Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_providers: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    /// Hide this application from the user's My applications page.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_hide: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_icon: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_launch_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_publisher: Option<String>,
    /// Application's display Name.
    pub name: String,
    /// Open launch URL in a new browser tab or window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_in_new_tab: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub provider: Option<Option<i64>>,
    /// Internal application name, used in URLs.
    pub slug: String,
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
/// AuthenticatedSession Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSession {
    /// Get ASN Data
    pub asn: Option<AuthenticatedSessionAsn>,
    /// Check if session is currently active session
    pub current: bool,
    /// Optional in 2024.8.3, 2024.12.1.
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Get GeoIP Data
    pub geo_ip: Option<AuthenticatedSessionGeoIp>,
    pub last_ip: String,
    pub last_used: ::chrono::DateTime<::chrono::Utc>,
    /// Optional in 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_user_agent: Option<String>,
    pub user: i64,
    /// Get parsed user agent
    pub user_agent: AuthenticatedSessionUserAgent,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "core")]
/// `AuthenticatedSessionAsn`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSessionAsn {
    pub as_org: Option<String>,
    pub asn: Option<i64>,
    pub network: Option<String>,
}

#[cfg(feature = "core")]
/// `AuthenticatedSessionGeoIp`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSessionGeoIp {
    pub city: String,
    pub continent: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub long: Option<f64>,
}

#[cfg(feature = "core")]
/// `AuthenticatedSessionUserAgent`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSessionUserAgent {
    /// User agent device
    pub device: AuthenticatedSessionUserAgentDevice,
    /// User agent os
    pub os: AuthenticatedSessionUserAgentOs,
    pub string: String,
    /// User agent browser
    pub user_agent: AuthenticatedSessionUserAgentUserAgent,
}

#[cfg(feature = "core")]
/// `AuthenticatedSessionUserAgentDevice`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSessionUserAgentDevice {
    pub brand: Option<String>,
    pub family: String,
    pub model: Option<String>,
}

#[cfg(feature = "core")]
/// `AuthenticatedSessionUserAgentOs`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSessionUserAgentOs {
    pub family: String,
    pub major: Option<String>,
    pub minor: Option<String>,
    pub patch: Option<String>,
    pub patch_minor: Option<String>,
}

#[cfg(feature = "core")]
/// `AuthenticatedSessionUserAgentUserAgent`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatedSessionUserAgentUserAgent {
    pub family: String,
    pub major: String,
    pub minor: String,
    pub patch: String,
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
/// Duo Challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorDuoChallenge {
    pub activation_barcode: String,
    pub activation_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    pub stage_uuid: String,
}

#[cfg(feature = "flows")]
/// Pseudo class for duo response
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorDuoChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorDuoStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorDuoStage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_integration_key: Option<String>,
    pub api_hostname: String,
    pub client_id: String,
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// `AuthenticatorDuoStageDeviceImportResponse`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorDuoStageDeviceImportResponse {
    pub count: i64,
    pub error: String,
}

#[cfg(feature = "stages")]
/// `AuthenticatorDuoStageManualDeviceImportRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorDuoStageManualDeviceImportRequest {
    pub duo_user_id: String,
    pub username: String,
}

#[cfg(feature = "stages")]
/// AuthenticatorDuoStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorDuoStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_integration_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_secret_key: Option<String>,
    pub api_hostname: String,
    pub client_id: String,
    pub client_secret: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "flows")]
/// Authenticator Email Setup challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorEmailChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub email: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Authenticator Email Challenge response, device is set by get_response_instance
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorEmailChallengeResponseRequest {
    /// Was `integer(i64)` in 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<super::runtime::compat::Versioned<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorEmailStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorEmailStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Optional in 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Nullable in 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry: Option<String>,
    /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_global_settings: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// AuthenticatorEmailStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorEmailStageRequest {
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry: Option<String>,
    /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_global_settings: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorEndpointGDTCStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorEndpointGDTCStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// AuthenticatorEndpointGDTCStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorEndpointGDTCStageRequest {
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "flows")]
/// SMS Setup challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorSMSChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// SMS Challenge response, device is set by get_response_instance
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorSMSChallengeResponseRequest {
    /// Was `integer(i64)` in 2024.8.3, 2024.12.1, 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<super::runtime::compat::Versioned<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorSMSStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorSMSStage {
    pub account_sid: String,
    pub auth: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<AuthTypeEnum>,
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    pub from_number: String,
    /// Optionally modify the payload being sent to custom providers.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub mapping: Option<Option<::uuid::Uuid>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    pub provider: ProviderEnum,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    /// When enabled, the Phone number is only used during enrollment to verify the users authenticity. Only a hash of the phone number is saved to ensure it is not reused in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_only: Option<bool>,
}

#[cfg(feature = "stages")]
/// AuthenticatorSMSStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorSMSStageRequest {
    pub account_sid: String,
    pub auth: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<AuthTypeEnum>,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    pub from_number: String,
    /// Optionally modify the payload being sent to custom providers.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub mapping: Option<Option<::uuid::Uuid>>,
    pub name: String,
    pub provider: ProviderEnum,
    /// When enabled, the Phone number is only used during enrollment to verify the users authenticity. Only a hash of the phone number is saved to ensure it is not reused in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_only: Option<bool>,
}

#[cfg(feature = "flows")]
/// Static authenticator challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorStaticChallenge {
    pub codes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Pseudo class for static response
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorStaticChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorStaticStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorStaticStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_length: Option<u32>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// AuthenticatorStaticStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorStaticStageRequest {
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_length: Option<u32>,
}

#[cfg(feature = "flows")]
/// TOTP Setup challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorTOTPChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub config_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// TOTP Challenge response, device is set by get_response_instance
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorTOTPChallengeResponseRequest {
    /// Was `integer(i64)` in 2024.8.3, 2024.12.1, 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
    pub code: super::runtime::compat::Versioned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorTOTPStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorTOTPStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    pub digits: DigitsEnum,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// AuthenticatorTOTPStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorTOTPStageRequest {
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    pub digits: DigitsEnum,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "stages")]
/// AuthenticatorValidateStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorValidateStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Stages used to configure Authenticator when user doesn't have any compatible devices. After this configuration Stage passes, the user is not prompted again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration_stages: Option<Vec<::uuid::Uuid>>,
    /// Device classes which can be used to authenticate
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_classes: Option<Vec<DeviceClassesEnum>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_otp_throttling_factor: Option<f64>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// If any of the user's device has been used within this threshold, this stage will be skipped
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_auth_threshold: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_configured_action: Option<NotConfiguredActionEnum>,
    pub pk: ::uuid::Uuid,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_otp_throttling_factor: Option<f64>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_otp_throttling_factor: Option<f64>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_otp_throttling_factor: Option<f64>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_allowed_device_types: Option<Vec<::uuid::Uuid>>,
    pub webauthn_allowed_device_types_obj: Vec<WebAuthnDeviceType>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_hints: Option<Vec<WebAuthnHintEnum>>,
    /// Enforce user verification for WebAuthn devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_user_verification: Option<UserVerificationEnum>,
}

#[cfg(feature = "stages")]
/// AuthenticatorValidateStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorValidateStageRequest {
    /// Stages used to configure Authenticator when user doesn't have any compatible devices. After this configuration Stage passes, the user is not prompted again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration_stages: Option<Vec<::uuid::Uuid>>,
    /// Device classes which can be used to authenticate
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_classes: Option<Vec<DeviceClassesEnum>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_otp_throttling_factor: Option<f64>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// If any of the user's device has been used within this threshold, this stage will be skipped
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_auth_threshold: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_configured_action: Option<NotConfiguredActionEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_otp_throttling_factor: Option<f64>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_otp_throttling_factor: Option<f64>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_otp_throttling_factor: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_allowed_device_types: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_hints: Option<Vec<WebAuthnHintEnum>>,
    /// Enforce user verification for WebAuthn devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_user_verification: Option<UserVerificationEnum>,
}

#[cfg(feature = "flows")]
/// Authenticator challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorValidationChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub configuration_stages: Vec<SelectableStage>,
    pub device_challenges: Vec<DeviceChallenge>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Challenge used for Code-based and WebAuthn authenticators
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorValidationChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duo: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_challenge: Option<DeviceChallengeRequest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_stage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
}

#[cfg(feature = "flows")]
/// WebAuthn Challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorWebAuthnChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    pub registration: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// WebAuthn Challenge response
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorWebAuthnChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub response: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}

#[cfg(feature = "stages")]
/// AuthenticatorWebAuthnStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorWebAuthnStage {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authenticator_attachment: Option<Option<AuthenticatorAttachmentEnum>>,
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_restrictions: Option<Vec<::uuid::Uuid>>,
    pub device_type_restrictions_obj: Vec<WebAuthnDeviceType>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hints: Option<Vec<WebAuthnHintEnum>>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resident_key_requirement: Option<UserVerificationEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_verification: Option<UserVerificationEnum>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// AuthenticatorWebAuthnStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticatorWebAuthnStageRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authenticator_attachment: Option<Option<AuthenticatorAttachmentEnum>>,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_restrictions: Option<Vec<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hints: Option<Vec<WebAuthnHintEnum>>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resident_key_requirement: Option<UserVerificationEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_verification: Option<UserVerificationEnum>,
}

#[cfg(feature = "sources")]
/// `AuthorizationCodeAuthMethodEnum`
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
/// Pseudo class for autosubmit response
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutoSubmitChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
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
pub type Autocomplete = ::std::collections::BTreeMap<String, ::serde_json::Value>;

#[cfg(feature = "flows")]
/// Autosubmit challenge used to send and navigate a POST request
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutosubmitChallenge {
    pub attrs: ::std::collections::BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub url: String,
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
/// `BlueprintFile`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlueprintFile {
    pub hash: String,
    pub last_m: ::chrono::DateTime<::chrono::Utc>,
    pub meta: Metadata,
    pub path: String,
}

#[cfg(feature = "managed")]
/// Logs of an attempted blueprint import
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlueprintImportResult {
    pub logs: Vec<LogEvent>,
    pub success: bool,
}

#[cfg(feature = "managed")]
/// Info about a single blueprint instance file
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlueprintInstance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub context: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    pub last_applied: ::chrono::DateTime<::chrono::Utc>,
    pub last_applied_hash: String,
    pub managed_models: Vec<String>,
    /// Nullable in 2024.8.3, 2024.12.1.
    pub metadata: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub pk: ::uuid::Uuid,
    pub status: BlueprintInstanceStatusEnum,
}

#[cfg(feature = "managed")]
/// Info about a single blueprint instance file
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlueprintInstanceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub context: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
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
/// Serializer to upload file
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlueprintUploadRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

#[cfg(feature = "core")]
/// Brand Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Brand {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    pub brand_uuid: ::uuid::Uuid,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_custom_css: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_default_flow_background: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_favicon: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_logo: Option<String>,
    /// URL template for the vector tile source used by the events map. Supports XYZ templates with {z}, {x} and {y} placeholders, or pmtiles:// archive URLs. When empty, the frontend uses the bundled hexworld basemap. This value is part of the brand information served to unauthenticated clients; do not embed API keys or other credentials in it.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_map_tiles: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_title: Option<String>,
    /// Certificates used for client authentication.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificates: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// When set, external users will be redirected to this application after authenticating.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub default_application: Option<Option<::uuid::Uuid>>,
    /// Domain that activates this brand. Can be a superset, i.e. `a.b` for `aa.b` and `ba.b`
    pub domain: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_authentication: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_device_code: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_invalidation: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_lockdown: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_recovery: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_request: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_unenrollment: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_user_settings: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_user_switch: Option<Option<::uuid::Uuid>>,
    /// Web Certificate used by the authentik Core webserver.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub web_certificate: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "core")]
/// Brand Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BrandRequest {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_custom_css: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_default_flow_background: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_favicon: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_logo: Option<String>,
    /// URL template for the vector tile source used by the events map. Supports XYZ templates with {z}, {x} and {y} placeholders, or pmtiles:// archive URLs. When empty, the frontend uses the bundled hexworld basemap. This value is part of the brand information served to unauthenticated clients; do not embed API keys or other credentials in it.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_map_tiles: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_title: Option<String>,
    /// Certificates used for client authentication.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificates: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// When set, external users will be redirected to this application after authenticating.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub default_application: Option<Option<::uuid::Uuid>>,
    /// Domain that activates this brand. Can be a superset, i.e. `a.b` for `aa.b` and `ba.b`
    pub domain: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_authentication: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_device_code: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_invalidation: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_lockdown: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_recovery: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_request: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_unenrollment: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_user_settings: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_user_switch: Option<Option<::uuid::Uuid>>,
    /// Web Certificate used by the authentik Core webserver.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub web_certificate: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "core")]
/// `BulkDeleteSessionResponse`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BulkDeleteSessionResponse {
    pub deleted: i64,
}

#[cfg(any(feature = "flows", feature = "policies"))]
/// Generic cache stats for an object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Cache {
    pub count: i64,
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
/// Site public key
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CaptchaChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    pub js_url: String,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    pub site_key: String,
}

#[cfg(feature = "flows")]
/// Validate captcha token
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CaptchaChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub token: String,
}

#[cfg(feature = "stages")]
/// CaptchaStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CaptchaStage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// When enabled and the received captcha score is outside of the given threshold, the stage will show an error message. When not enabled, the flow will continue, but the data from the captcha will be available in the context for policy decisions
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_on_invalid_score: Option<bool>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub js_url: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Public key, acquired your captcha Provider.
    pub public_key: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_content_type: Option<RequestContentTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_max_threshold: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_min_threshold: Option<f64>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// CaptchaStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CaptchaStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// When enabled and the received captcha score is outside of the given threshold, the stage will show an error message. When not enabled, the flow will continue, but the data from the captcha will be available in the context for policy decisions
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_on_invalid_score: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub js_url: Option<String>,
    pub name: String,
    /// Private key, acquired your captcha Provider.
    pub private_key: String,
    /// Public key, acquired your captcha Provider.
    pub public_key: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_content_type: Option<RequestContentTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_max_threshold: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_min_threshold: Option<f64>,
}

#[cfg(feature = "stages")]
/// `CertAttributeEnum`
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
/// Get CertificateKeyPair's data
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateData {
    pub data: String,
}

#[cfg(feature = "crypto")]
/// Certificate generation parameters
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateGenerationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<AlgEnum>,
    pub common_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_alt_name: Option<String>,
    pub validity_days: i64,
}

#[cfg(feature = "crypto")]
/// CertificateKeyPair Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateKeyPair {
    /// Certificate expiry date
    pub cert_expiry: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Certificate subject as RFC4514 string
    pub cert_subject: Option<String>,
    /// Get URL to download certificate
    pub certificate_download_url: String,
    /// SHA1 fingerprint of the certificate
    pub fingerprint_sha1: Option<String>,
    /// SHA256 fingerprint of the certificate
    pub fingerprint_sha256: Option<String>,
    /// Key algorithm type detected from the certificate's public key
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub key_type: Option<Option<CertificateKeyPairKeyTypeEnum>>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Show if this keypair has a private key configured or not
    pub private_key_available: bool,
    /// Get URL to download private key
    pub private_key_download_url: String,
    /// Get the private key's type, if set
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub private_key_type: Option<Option<String>>,
}

#[cfg(feature = "crypto")]
/// `CertificateKeyPairKeyTypeEnum`
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
/// CertificateKeyPair Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateKeyPairRequest {
    /// PEM-encoded Certificate data
    pub certificate_data: String,
    /// Optional Private Key. If this is set, you can use this keypair for encryption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_data: Option<String>,
    pub name: String,
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
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        match super::runtime::unions::tag_of(&value, "component") {
            Some("ak-stage-access-denied") => {
                super::runtime::unions::variant(value).map(Self::AccessDeniedChallenge)
            }
            Some("ak-source-oauth-apple") => {
                super::runtime::unions::variant(value).map(Self::AppleLoginChallenge)
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
                super::runtime::unions::variant(value).map(Self::AutosubmitChallenge)
            }
            Some("ak-stage-captcha") => {
                super::runtime::unions::variant(value).map(Self::CaptchaChallenge)
            }
            Some("ak-stage-consent") => {
                super::runtime::unions::variant(value).map(Self::ConsentChallenge)
            }
            Some("ak-stage-dummy") => {
                super::runtime::unions::variant(value).map(Self::DummyChallenge)
            }
            Some("ak-stage-email") => {
                super::runtime::unions::variant(value).map(Self::EmailChallenge)
            }
            Some("ak-stage-endpoint-agent") => {
                super::runtime::unions::variant(value).map(Self::EndpointAgentChallenge)
            }
            Some("ak-stage-flow-error") => {
                super::runtime::unions::variant(value).map(Self::FlowErrorChallenge)
            }
            Some("xak-flow-frame") => {
                super::runtime::unions::variant(value).map(Self::FrameChallenge)
            }
            Some("ak-stage-identification") => {
                super::runtime::unions::variant(value).map(Self::IdentificationChallenge)
            }
            Some("ak-provider-iframe-logout") => {
                super::runtime::unions::variant(value).map(Self::IframeLogoutChallenge)
            }
            Some("ak-provider-saml-native-logout") => {
                super::runtime::unions::variant(value).map(Self::NativeLogoutChallenge)
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
                super::runtime::unions::variant(value).map(Self::PasswordChallenge)
            }
            Some("ak-source-plex") => {
                super::runtime::unions::variant(value)
                    .map(Self::PlexAuthenticationChallenge)
            }
            Some("ak-stage-prompt") => {
                super::runtime::unions::variant(value).map(Self::PromptChallenge)
            }
            Some("xak-flow-redirect") => {
                super::runtime::unions::variant(value).map(Self::RedirectChallenge)
            }
            Some("ak-stage-session-end") => {
                super::runtime::unions::variant(value).map(Self::SessionEndChallenge)
            }
            Some("xak-flow-shell") => {
                super::runtime::unions::variant(value).map(Self::ShellChallenge)
            }
            Some("ak-source-telegram") => {
                super::runtime::unions::variant(value).map(Self::TelegramLoginChallenge)
            }
            Some("ak-stage-user-login") => {
                super::runtime::unions::variant(value).map(Self::UserLoginChallenge)
            }
            _ => Ok(Self::Unknown(value)),
        }
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
/// Serialize authentik Config into DRF Object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Config {
    pub cache_timeout: i64,
    pub cache_timeout_flows: i64,
    pub cache_timeout_policies: i64,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_timeout_reputation: Option<i64>,
    pub capabilities: Vec<CapabilitiesEnum>,
    pub error_reporting: ErrorReportingConfig,
}

#[cfg(feature = "rac")]
/// ConnectionToken Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionToken {
    pub endpoint: ::uuid::Uuid,
    pub endpoint_obj: Endpoint,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
    pub provider: i64,
    pub provider_obj: RACProvider,
    pub user: PartialUser,
}

#[cfg(feature = "rac")]
/// ConnectionToken Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionTokenRequest {
    pub endpoint: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
    pub provider: i64,
}

#[cfg(any(feature = "endpoints", feature = "stages"))]
/// `Connector`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Connector {
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "flows")]
/// Challenge info for consent screens
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConsentChallenge {
    pub additional_permissions: Vec<ConsentPermission>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_text: Option<String>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    pub permissions: Vec<ConsentPermission>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    pub token: String,
}

#[cfg(feature = "flows")]
/// Consent challenge response, any valid response request is valid
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConsentChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub token: String,
}

#[cfg(feature = "stages")]
/// `ConsentModeEnum`
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
/// Permission used for consent
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConsentPermission {
    pub id: String,
    pub name: String,
}

#[cfg(feature = "stages")]
/// ConsentStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConsentStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Offset after which consent expires. (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_expire_in: Option<String>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ConsentModeEnum>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// ConsentStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConsentStageRequest {
    /// Offset after which consent expires. (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_expire_in: Option<String>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ConsentModeEnum>,
    pub name: String,
}

#[cfg(any(feature = "core", feature = "events", feature = "reports"))]
/// `ContentType`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContentType {
    pub app_label: String,
    pub fully_qualified_model: String,
    pub id: i64,
    pub model: String,
    pub verbose_name_plural: String,
}

#[cfg(feature = "lifecycle")]
/// `ContentTypeEnum`
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
/// Contextual flow information for a challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContextualFlowInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub background_themed_urls: Option<Option<ThemedUrls>>,
    pub cancel_url: String,
    pub layout: ContextualFlowInfoLayoutEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
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
/// Partial brand information for styling
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CurrentBrand {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_custom_css: Option<String>,
    pub branding_favicon: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub branding_favicon_themed_urls: Option<Option<ThemedUrls>>,
    pub branding_logo: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub branding_logo_themed_urls: Option<Option<ThemedUrls>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_map_tiles: Option<String>,
    pub branding_title: String,
    pub default_locale: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<CurrentBrandFlags>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_authentication: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_device_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_invalidation: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_lockdown: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_recovery: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_request: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_unenrollment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_user_settings: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_user_switch: Option<String>,
    pub matched_domain: String,
    pub ui_footer_links: Vec<FooterLink>,
    pub ui_theme: UiThemeEnum,
}

#[cfg(feature = "core")]
/// `CurrentBrandFlags`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CurrentBrandFlags {
    /// Upon successful authentication, re-start authentication in other open tabs.
    pub flows_continuous_login: bool,
    /// Refresh other tabs after successful authentication.
    pub flows_refresh_others: bool,
}

#[cfg(any(feature = "core", feature = "events", feature = "reports"))]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataExport {
    pub completed: bool,
    pub content_type: ContentType,
    pub file_url: String,
    pub id: ::uuid::Uuid,
    pub query_params: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    pub requested_by: PartialUser,
    pub requested_on: ::chrono::DateTime<::chrono::Utc>,
}

#[cfg(feature = "ssf")]
/// `DeliveryMethodEnum`
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
/// DenyStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DenyStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_message: Option<String>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// DenyStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DenyStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_message: Option<String>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
}

#[cfg(feature = "policies")]
/// `DetailedCountry`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DetailedCountry {
    pub code: CountryCodeEnum,
    pub name: String,
}

#[cfg(feature = "authenticators")]
/// Serializer for authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Device {
    pub confirmed: bool,
    pub created: ::chrono::DateTime<::chrono::Utc>,
    /// Get external Device ID
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub external_id: Option<Option<String>>,
    /// Get extra description
    pub extra_description: Option<String>,
    pub last_updated: ::chrono::DateTime<::chrono::Utc>,
    pub last_used: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: String,
    /// Get type of device
    pub r#type: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "endpoints")]
/// `DeviceAccessGroup`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceAccessGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub name: String,
    pub pbm_uuid: ::uuid::Uuid,
}

#[cfg(feature = "endpoints")]
/// `DeviceAccessGroupRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceAccessGroupRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub name: String,
}

#[cfg(feature = "flows")]
/// Single device challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceChallenge {
    pub challenge: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    pub device_class: DeviceClassesEnum,
    pub device_uid: String,
    /// Not in the schema of 2024.8.3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_used: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
}

#[cfg(feature = "flows")]
/// Single device challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceChallengeRequest {
    pub challenge: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    pub device_class: DeviceClassesEnum,
    pub device_uid: String,
    /// Not in the schema of 2024.8.3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_used: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
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
/// `DeviceConnection`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceConnection {
    pub connector: ::uuid::Uuid,
    pub connector_obj: Connector,
    pub device: ::uuid::Uuid,
    pub latest_snapshot: Option<DeviceFactSnapshot>,
}

#[cfg(feature = "endpoints")]
/// `DeviceFactSnapshot`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceFactSnapshot {
    pub connection: ::uuid::Uuid,
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub data: DeviceFacts,
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    pub vendor: VendorEnum,
}

#[cfg(feature = "endpoints")]
/// `DeviceFacts`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceFacts {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub disks: Option<Option<Vec<Disk>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub groups: Option<Option<Vec<DeviceGroup>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub hardware: Option<Option<Hardware>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub network: Option<Option<Network>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub os: Option<Option<OperatingSystem>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub processes: Option<Option<Vec<Process>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub software: Option<Option<Vec<Software>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub users: Option<Option<Vec<DeviceUser>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
}

#[cfg(feature = "endpoints")]
/// `DeviceFactsOSFamily`
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
/// `DeviceFactsRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceFactsRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub disks: Option<Option<Vec<DiskRequest>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub groups: Option<Option<Vec<DeviceGroupRequest>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub hardware: Option<Option<HardwareRequest>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub network: Option<Option<NetworkRequest>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub os: Option<Option<OperatingSystemRequest>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub processes: Option<Option<Vec<ProcessRequest>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub software: Option<Option<Vec<SoftwareRequest>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub users: Option<Option<Vec<DeviceUserRequest>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
}

#[cfg(feature = "endpoints")]
/// `DeviceGroup`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceGroup {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `DeviceGroupRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceGroupRequest {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "endpoints")]
/// Summary of registered devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceSummary {
    pub outdated_agent_count: i64,
    pub total_count: i64,
    pub unreachable_count: i64,
}

#[cfg(feature = "endpoints")]
/// `DeviceUser`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceUser {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home: Option<String>,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "endpoints")]
/// PolicyBinding Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceUserBinding {
    pub connector: Option<::uuid::Uuid>,
    pub connector_obj: Connector,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    pub expiring: bool,
    /// Result if the Policy execution fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_result: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    pub group_obj: Option<PartialGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Negates the outcome of the policy. Messages are unaffected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negate: Option<bool>,
    pub order: i32,
    pub pk: ::uuid::Uuid,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub policy: Option<Option<::uuid::Uuid>>,
    pub policy_obj: Option<Policy>,
    pub target: ::uuid::Uuid,
    /// Timeout after which Policy execution is terminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
    pub user_obj: Option<PartialUser>,
}

#[cfg(feature = "endpoints")]
/// PolicyBinding Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceUserBindingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Result if the Policy execution fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_result: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Negates the outcome of the policy. Messages are unaffected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negate: Option<bool>,
    pub order: i32,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub policy: Option<Option<::uuid::Uuid>>,
    pub target: ::uuid::Uuid,
    /// Timeout after which Policy execution is terminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
}

#[cfg(feature = "endpoints")]
/// `DeviceUserRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeviceUserRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home: Option<String>,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
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
/// `Disk`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Disk {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_total_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_used_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub mountpoint: String,
    pub name: String,
}

#[cfg(feature = "endpoints")]
/// `DiskRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiskRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_total_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_used_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub mountpoint: String,
    pub name: String,
}

#[cfg(feature = "outposts")]
/// DockerServiceConnection Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DockerServiceConnection {
    pub component: String,
    /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Certificate/Key used for authentication. Can be left empty for no authentication.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub tls_authentication: Option<Option<::uuid::Uuid>>,
    /// CA which the endpoint's Certificate is verified against. Can be left empty for no validation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub tls_verification: Option<Option<::uuid::Uuid>>,
    /// Can be in the format of 'unix://<path>' when connecting to a local docker daemon, or 'https://<hostname>:2376' when connecting to a remote system.
    pub url: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "outposts")]
/// DockerServiceConnection Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DockerServiceConnectionRequest {
    /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
    pub name: String,
    /// Certificate/Key used for authentication. Can be left empty for no authentication.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub tls_authentication: Option<Option<::uuid::Uuid>>,
    /// CA which the endpoint's Certificate is verified against. Can be left empty for no validation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub tls_verification: Option<Option<::uuid::Uuid>>,
    /// Can be in the format of 'unix://<path>' when connecting to a local docker daemon, or 'https://<hostname>:2376' when connecting to a remote system.
    pub url: String,
}

#[cfg(feature = "tenants")]
/// Domain Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Domain {
    pub domain: String,
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    pub tenant: ::uuid::Uuid,
}

#[cfg(feature = "tenants")]
/// Domain Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DomainRequest {
    pub domain: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    pub tenant: ::uuid::Uuid,
}

#[cfg(feature = "flows")]
/// Dummy challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DummyChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Dummy challenge response
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DummyChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "policies")]
/// Dummy Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DummyPolicy {
    /// Return objects policy is bound to
    pub bound_to: i64,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<bool>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_max: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_min: Option<i32>,
}

#[cfg(feature = "policies")]
/// Dummy Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DummyPolicyRequest {
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_max: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_min: Option<i32>,
}

#[cfg(feature = "stages")]
/// DummyStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DummyStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throw_error: Option<bool>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// DummyStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DummyStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throw_error: Option<bool>,
}

#[cfg(feature = "authenticators")]
/// Serializer for Duo authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuoDevice {
    /// The human-readable name of this device.
    pub name: String,
    pub pk: i64,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<PartialUser>,
}

#[cfg(feature = "stages")]
/// `DuoDeviceEnrollmentStatus`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuoDeviceEnrollmentStatus {
    pub duo_response: DuoResponseEnum,
}

#[cfg(feature = "authenticators")]
/// Serializer for Duo authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuoDeviceRequest {
    /// The human-readable name of this device.
    pub name: String,
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
/// Email challenge
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Email challenge resposen. No fields. This challenge is
/// always declared invalid to give the user a chance to retry
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "authenticators")]
/// Serializer for email authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailDevice {
    pub email: String,
    /// The human-readable name of this device.
    pub name: String,
    pub pk: i64,
    pub user: PartialUser,
}

#[cfg(feature = "authenticators")]
/// Serializer for email authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailDeviceRequest {
    /// The human-readable name of this device.
    pub name: String,
}

#[cfg(feature = "stages")]
/// EmailStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailStage {
    /// Activate users upon completion of stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activate_user_on_success: Option<bool>,
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// The time window used to count recent account recovery attempts. If the number of attempts exceed recovery_max_attempts within this period, further attempts will be rate-limited. (Format: hours=1;minutes=2;seconds=3).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_cache_timeout: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_max_attempts: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
    ///
    /// Was `integer(i32)` in 2024.8.3, 2024.12.1: such values are kept as raw JSON (`Versioned::Legacy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry: Option<super::runtime::compat::Versioned<String>>,
    /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_global_settings: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// EmailStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmailStageRequest {
    /// Activate users upon completion of stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activate_user_on_success: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// The time window used to count recent account recovery attempts. If the number of attempts exceed recovery_max_attempts within this period, further attempts will be rate-limited. (Format: hours=1;minutes=2;seconds=3).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_cache_timeout: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_max_attempts: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
    ///
    /// Was `integer(i32)` in 2024.8.3, 2024.12.1: such values are kept as raw JSON (`Versioned::Legacy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry: Option<super::runtime::compat::Versioned<String>>,
    /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_global_settings: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "rac")]
/// Endpoint Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Endpoint {
    pub auth_mode: EndpointAuthModeEnum,
    pub host: String,
    /// Build actual launch URL (the provider itself does not have one, just
    /// individual endpoints)
    pub launch_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_connections: Option<i32>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    pub protocol: ProtocolEnum,
    pub provider: i64,
    pub provider_obj: RACProvider,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub settings: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
}

#[cfg(feature = "flows")]
/// Signed challenge for authentik agent to respond to
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointAgentChallenge {
    pub challenge: String,
    pub challenge_idle_timeout: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Response to signed challenge
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointAgentChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub response: Option<Option<String>>,
}

#[cfg(feature = "rac")]
/// `EndpointAuthModeEnum`
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
/// `EndpointDevice`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointDevice {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_group: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_group_obj: Option<DeviceAccessGroup>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<DeviceFactSnapshot>,
    pub name: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pbm_uuid: Option<::uuid::Uuid>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
}

#[cfg(feature = "endpoints")]
/// `EndpointDeviceDetails`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointDeviceDetails {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_group_obj: Option<DeviceAccessGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub connections: Vec<::uuid::Uuid>,
    pub connections_obj: Vec<DeviceConnection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<::uuid::Uuid>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    pub facts: DeviceFactSnapshot,
    pub name: String,
    pub pbm_uuid: ::uuid::Uuid,
    pub policies: Vec<::uuid::Uuid>,
}

#[cfg(feature = "endpoints")]
/// `EndpointDeviceRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointDeviceRequest {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_group: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_group_obj: Option<DeviceAccessGroupRequest>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    pub name: String,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
}

#[cfg(feature = "rac")]
/// Endpoint Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointRequest {
    pub auth_mode: EndpointAuthModeEnum,
    pub host: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_connections: Option<i32>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    pub protocol: ProtocolEnum,
    pub provider: i64,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub settings: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
}

#[cfg(feature = "stages")]
/// EndpointStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    pub connector: ::uuid::Uuid,
    pub connector_obj: Connector,
    pub flow_set: Vec<FlowSet>,
    /// Return internal model name
    pub meta_model_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<StageModeEnum>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// EndpointStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointStageRequest {
    pub connector: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<StageModeEnum>,
    pub name: String,
}

#[cfg(feature = "endpoints")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnrollRequest {
    pub device_name: String,
    pub device_serial: String,
}

#[cfg(feature = "endpoints")]
/// `EnrollmentToken`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnrollmentToken {
    pub connector: ::uuid::Uuid,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub device_group: Option<Option<::uuid::Uuid>>,
    pub device_group_obj: Option<DeviceAccessGroup>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    pub name: String,
    pub token_uuid: ::uuid::Uuid,
}

#[cfg(feature = "endpoints")]
/// `EnrollmentTokenRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnrollmentTokenRequest {
    pub connector: ::uuid::Uuid,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub device_group: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    pub name: String,
}

#[cfg(any(feature = "flows", feature = "sources", feature = "stages"))]
/// Serializer for rest_framework's error messages
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorDetail {
    pub code: String,
    pub string: String,
}

#[cfg(any(feature = "endpoints", feature = "root"))]
/// Config for error reporting
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorReportingConfig {
    pub enabled: bool,
    pub environment: String,
    pub send_pii: bool,
    pub sentry_dsn: String,
    pub traces_sample_rate: f64,
}

#[cfg(feature = "events")]
/// Event Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Event {
    pub action: EventActions,
    pub app: String,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub brand: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_ip: Option<Option<String>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub context: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    pub created: ::chrono::DateTime<::chrono::Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: ::uuid::Uuid,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>>,
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
/// Event Matcher Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventMatcherPolicy {
    /// Match created events with this action type. When left empty, all action types will be matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub action: Option<Option<EventActions>>,
    /// Match events created by selected application. When left empty, all applications are matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub app: Option<Option<AppEnum>>,
    /// Return objects policy is bound to
    pub bound_to: i64,
    /// Matches Event's Client IP (strict matching, for network matching use an Expression Policy)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_ip: Option<Option<String>>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Match events created by selected model. When left empty, all models are matched. When an app is selected, all the application's models are matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub model: Option<Option<ModelEnum>>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub query: Option<Option<String>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "policies")]
/// Event Matcher Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventMatcherPolicyRequest {
    /// Match created events with this action type. When left empty, all action types will be matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub action: Option<Option<EventActions>>,
    /// Match events created by selected application. When left empty, all applications are matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub app: Option<Option<AppEnum>>,
    /// Matches Event's Client IP (strict matching, for network matching use an Expression Policy)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_ip: Option<Option<String>>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Match events created by selected model. When left empty, all models are matched. When an app is selected, all the application's models are matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub model: Option<Option<ModelEnum>>,
    pub name: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub query: Option<Option<String>>,
}

#[cfg(feature = "events")]
/// Event Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventRequest {
    pub action: EventActions,
    pub app: String,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub brand: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_ip: Option<Option<String>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub context: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>>,
}

#[cfg(feature = "events")]
/// Count of unique users in events and aggregated counts per specified deltas
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventStats {
    pub count_step: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    pub unique_users: i64,
}

#[cfg(feature = "events")]
/// Response object of Event's top_per_user
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventTopPerUser {
    pub application: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    pub counted_events: i64,
    pub unique_users: i64,
}

#[cfg(feature = "events")]
/// Count of events of action created on day for a single event action
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventVolume {
    pub action: EventActions,
    pub count: i64,
    pub time: ::chrono::DateTime<::chrono::Utc>,
}

#[cfg(feature = "ssf")]
/// `EventsRequestedEnum`
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

#[cfg(feature = "oauth2")]
/// Serializer for BaseGrantModel and ExpiringBaseGrant
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpiringBaseGrantModel {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Check if token is expired yet.
    pub is_expired: bool,
    pub pk: i64,
    pub provider: Provider,
    pub scope: Vec<String>,
    pub user: User,
}

#[cfg(feature = "policies")]
/// Group Membership Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressionPolicy {
    /// Return objects policy is bound to
    pub bound_to: i64,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    pub expression: String,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "policies")]
/// Group Membership Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressionPolicyRequest {
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    pub expression: String,
    pub name: String,
}

#[cfg(feature = "rbac")]
/// Role permission with additional object-related data
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExtraRoleObjectPermission {
    pub app_label: String,
    /// Get app label from permission's model
    pub app_label_verbose: String,
    pub codename: String,
    pub id: i64,
    pub model: String,
    /// Get model label from permission's model
    pub model_verbose: String,
    pub name: String,
    /// Get model description from attached model. This operation takes at least
    /// one additional query, and the description is only shown if the role has the
    /// view_ permission on the object
    pub object_description: Option<String>,
    pub object_pk: String,
}

#[cfg(feature = "admin")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FileList {
    pub mime_type: String,
    pub name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub themed_urls: Option<Option<ThemedUrls>>,
    pub url: String,
}

#[cfg(feature = "admin")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FileUploadRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clear: Option<bool>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<String>,
}

#[cfg(feature = "endpoints")]
/// FleetConnector Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FleetConnector {
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub headers_mapping: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_teams_access_group: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_users: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub url: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "endpoints")]
/// FleetConnector Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FleetConnectorRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub headers_mapping: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_teams_access_group: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_users: Option<bool>,
    pub name: String,
    pub token: String,
    pub url: String,
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// Flow Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Flow {
    /// Required level of authentication and authorization to access a flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<AuthenticationEnum>,
    /// Background shown during execution
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub background_themed_urls: Option<Option<ThemedUrls>>,
    /// Get the URL to the background image
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background_url: Option<String>,
    /// Get count of cached flows
    pub cache_count: i64,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<bool>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_action: Option<DeniedActionEnum>,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    pub designation: FlowDesignationEnum,
    /// Get export URL for flow
    pub export_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<FlowLayoutEnum>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    pub policies: Vec<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    pub policybindingmodel_ptr_id: ::uuid::Uuid,
    /// Visible in the URL.
    pub slug: String,
    pub stages: Vec<::uuid::Uuid>,
    /// Shown as the Title in Flow pages.
    pub title: String,
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
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
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
/// response of the flow's diagram action
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FlowDiagram {
    pub diagram: String,
}

#[cfg(feature = "flows")]
/// Challenge class when an unhandled error occurs during a stage. Normal users
/// are shown an error message, superusers are shown a full stacktrace.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FlowErrorChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub request_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traceback: Option<String>,
}

#[cfg(feature = "flows")]
/// Serializer for inspect endpoint
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FlowInspection {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_plan: Option<FlowInspectorPlan>,
    pub is_completed: bool,
    pub plans: Vec<FlowInspectorPlan>,
}

#[cfg(feature = "flows")]
/// Serializer for an active FlowPlan
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FlowInspectorPlan {
    pub current_stage: FlowStageBinding,
    pub next_planned_stage: FlowStageBinding,
    /// Get the plan's context, sanitized
    pub plan_context: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    /// Get a unique session ID
    pub session_id: String,
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
/// Flow Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FlowRequest {
    /// Required level of authentication and authorization to access a flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<AuthenticationEnum>,
    /// Background shown during execution
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<bool>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_action: Option<DeniedActionEnum>,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    pub designation: FlowDesignationEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<FlowLayoutEnum>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Visible in the URL.
    pub slug: String,
    /// Shown as the Title in Flow pages.
    pub title: String,
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// Stripped down flow serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FlowSet {
    /// Get the URL to the background image. If the name is /static or starts with http
    /// it is returned as-is
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// Get the URL to the background image
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background_url: Option<String>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<bool>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_action: Option<DeniedActionEnum>,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    pub designation: FlowDesignationEnum,
    /// Get export URL for flow
    pub export_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<FlowLayoutEnum>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    pub policybindingmodel_ptr_id: ::uuid::Uuid,
    /// Visible in the URL.
    pub slug: String,
    /// Shown as the Title in Flow pages.
    pub title: String,
}

#[cfg(feature = "flows")]
/// FlowStageBinding Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FlowStageBinding {
    /// Evaluate policies during the Flow planning process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluate_on_plan: Option<bool>,
    /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_response_action: Option<InvalidResponseActionEnum>,
    pub order: i32,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    pub policybindingmodel_ptr_id: ::uuid::Uuid,
    /// Evaluate policies when the Stage is presented to the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub re_evaluate_policies: Option<bool>,
    pub stage: ::uuid::Uuid,
    pub stage_obj: Stage,
    pub target: ::uuid::Uuid,
}

#[cfg(feature = "flows")]
/// FlowStageBinding Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FlowStageBindingRequest {
    /// Evaluate policies during the Flow planning process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluate_on_plan: Option<bool>,
    /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_response_action: Option<InvalidResponseActionEnum>,
    pub order: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Evaluate policies when the Stage is presented to the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub re_evaluate_policies: Option<bool>,
    pub stage: ::uuid::Uuid,
    pub target: ::uuid::Uuid,
}

#[cfg(feature = "core")]
/// Links returned in Config API
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FooterLink {
    pub href: Option<String>,
    pub name: String,
}

#[cfg(feature = "providers")]
/// `ForceBindingEnum`
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
/// Challenge type to render a frame
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FrameChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loading_overlay: Option<bool>,
    pub loading_text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    pub url: String,
}

#[cfg(feature = "flows")]
/// Base class for all challenge responses
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FrameChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

/// Generic API Error
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GenericError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub detail: String,
}

#[cfg(feature = "policies")]
/// GeoIP Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GeoIPPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asns: Option<Vec<i32>>,
    /// Return objects policy is bound to
    pub bound_to: i64,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_history_distance: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_impossible_travel: Option<bool>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    pub countries: Vec<CountryCodeEnum>,
    /// Was `array<DetailedCountryField>` in 2024.8.3, 2024.12.1, 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
    pub countries_obj: super::runtime::compat::Versioned<
        Vec<GeoIPPolicyCountriesObjItem>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_tolerance_km: Option<u32>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history_login_count: Option<u32>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history_max_distance_km: Option<i64>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impossible_tolerance_km: Option<u32>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "policies")]
/// `GeoIPPolicyCountriesObjItem`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GeoIPPolicyCountriesObjItem {
    pub code: String,
    pub name: String,
}

#[cfg(feature = "policies")]
/// GeoIP Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GeoIPPolicyRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asns: Option<Vec<i32>>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_history_distance: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_impossible_travel: Option<bool>,
    pub countries: Vec<CountryCodeEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_tolerance_km: Option<u32>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history_login_count: Option<u32>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history_max_distance_km: Option<i64>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impossible_tolerance_km: Option<u32>,
    pub name: String,
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
/// `GlobalTaskStatus`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GlobalTaskStatus {
    pub consumed: i64,
    pub done: i64,
    pub error: i64,
    pub info: i64,
    pub postprocess: i64,
    pub preprocess: i64,
    pub queued: i64,
    pub rejected: i64,
    pub running: i64,
    pub warning: i64,
}

#[cfg(feature = "endpoints")]
/// GoogleChromeConnector Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleChromeConnector {
    /// Full URL to be used in Google Workspace configuration
    pub chrome_url: Option<String>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    pub credentials: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "endpoints")]
/// GoogleChromeConnector Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleChromeConnectorRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    pub credentials: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    pub name: String,
}

#[cfg(feature = "authenticators")]
/// Serializer for Endpoint authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleEndpointDevice {
    /// The human-readable name of this device.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
}

#[cfg(feature = "authenticators")]
/// Serializer for Endpoint authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleEndpointDeviceRequest {
    /// The human-readable name of this device.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
}

#[cfg(feature = "providers")]
/// GoogleWorkspaceProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceProvider {
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// Nullable in 2024.8.3, 2024.12.1.
    pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub default_group_email_domain: String,
    pub delegated_subject: String,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_delete_action: Option<OutgoingSyncDeleteAction>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_delete_action: Option<OutgoingSyncDeleteAction>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "providers")]
/// GoogleWorkspaceProviderGroup Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceProviderGroup {
    /// Nullable in 2024.8.3, 2024.12.1.
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub google_id: String,
    pub group: ::uuid::Uuid,
    pub group_obj: PartialGroup,
    pub id: ::uuid::Uuid,
    pub provider: i64,
}

#[cfg(feature = "providers")]
/// GoogleWorkspaceProviderGroup Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceProviderGroupRequest {
    pub google_id: String,
    pub group: ::uuid::Uuid,
    pub provider: i64,
}

#[cfg(feature = "propertymappings")]
/// GoogleWorkspaceProviderMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceProviderMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// GoogleWorkspaceProviderMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceProviderMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// GoogleWorkspaceProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceProviderRequest {
    /// Nullable in 2024.8.3, 2024.12.1.
    pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub default_group_email_domain: String,
    pub delegated_subject: String,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_delete_action: Option<OutgoingSyncDeleteAction>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_delete_action: Option<OutgoingSyncDeleteAction>,
}

#[cfg(feature = "providers")]
/// GoogleWorkspaceProviderUser Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceProviderUser {
    /// Nullable in 2024.8.3, 2024.12.1.
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub google_id: String,
    pub id: ::uuid::Uuid,
    pub provider: i64,
    pub user: i64,
    pub user_obj: PartialUser,
}

#[cfg(feature = "providers")]
/// GoogleWorkspaceProviderUser Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GoogleWorkspaceProviderUserRequest {
    pub google_id: String,
    pub provider: i64,
    pub user: i64,
}

#[cfg(feature = "requests")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GrantRequest {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub created_by: PartialUser,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfiller_data: Option<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
    >,
    pub is_active: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_data: Option<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
    >,
    pub revoked_by: PartialUser,
    pub status: RequestStatus,
    pub target_objs: Vec<RequestableTarget>,
    pub targets: Vec<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GrantRequestCreateRequest {
    /// Optional override for how long the grant should last once approved. Clamped to the granting rule binding(s)' expiry_granted_max.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry: Option<String>,
    pub pbms: Vec<::uuid::Uuid>,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `GrantTypeEnum`
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
/// Group Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Group {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub children_obj: Option<Option<Vec<RelatedGroup>>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub inherited_roles_obj: Option<Option<Vec<Role>>>,
    /// Users added to this group will be superusers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    pub name: String,
    pub num_pk: i64,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub parent: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub parent_name: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub parents_obj: Option<Option<Vec<RelatedGroup>>>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<::uuid::Uuid>>,
    pub roles_obj: Vec<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<i64>>,
    pub users_obj: Option<Vec<PartialUser>>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupKerberosSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub group: ::uuid::Uuid,
    pub identifier: String,
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    pub source: ::uuid::Uuid,
    pub source_obj: Source,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupKerberosSourceConnectionRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    pub identifier: String,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupLDAPSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub group: ::uuid::Uuid,
    /// Not in the schema of 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_obj: Option<PartialGroup>,
    pub identifier: String,
    pub last_updated: ::chrono::DateTime<::chrono::Utc>,
    pub pk: i64,
    pub source: ::uuid::Uuid,
    pub source_obj: Source,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupLDAPSourceConnectionRequest {
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    pub identifier: String,
    pub source: ::uuid::Uuid,
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

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupOAuthSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub group: ::uuid::Uuid,
    pub identifier: String,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
    pub source: super::runtime::compat::Versioned<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_obj: Option<Source>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupOAuthSourceConnectionRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    pub identifier: String,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupPlexSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub group: ::uuid::Uuid,
    pub identifier: String,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
    pub source: super::runtime::compat::Versioned<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_obj: Option<Source>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupPlexSourceConnectionRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    pub identifier: String,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "core")]
/// Group Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Users added to this group will be superusers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    pub name: String,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub parent: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<i64>>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupSAMLSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub group: ::uuid::Uuid,
    pub identifier: String,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
    pub source: super::runtime::compat::Versioned<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_obj: Option<Source>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupSAMLSourceConnectionRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    pub identifier: String,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub group: ::uuid::Uuid,
    pub identifier: String,
    pub last_updated: ::chrono::DateTime<::chrono::Utc>,
    pub pk: i64,
    pub source: ::uuid::Uuid,
    pub source_obj: Source,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupSourceConnectionRequest {
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    pub identifier: String,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupTelegramSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub group: ::uuid::Uuid,
    pub identifier: String,
    pub last_updated: ::chrono::DateTime<::chrono::Utc>,
    pub pk: i64,
    pub source: ::uuid::Uuid,
    pub source_obj: Source,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupTelegramSourceConnectionRequest {
    pub identifier: String,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "endpoints")]
/// `Hardware`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Hardware {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    pub serial: String,
}

#[cfg(feature = "endpoints")]
/// `HardwareRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HardwareRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    pub serial: String,
}

#[cfg(feature = "flows")]
/// Identification challenges with all UI elements
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentificationChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_show_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_pre: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_pre_launch: Option<String>,
    /// Not in the schema of 2024.8.3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub captcha_stage: Option<Option<CaptchaChallenge>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_remember_me: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enroll_url: Option<String>,
    pub flow_designation: FlowDesignationEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub passkey_challenge: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    pub password_fields: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passwordless_url: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub pending_user_identifier: Option<Option<String>>,
    pub primary_action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    pub show_source_labels: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<LoginSource>>,
    pub user_fields: Option<Vec<String>>,
}

#[cfg(feature = "flows")]
/// Identification challenge
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentificationChallengeResponseRequest {
    /// Not in the schema of 2024.8.3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub captcha_token: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub passkey: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub password: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub uid_field: Option<Option<String>>,
}

#[cfg(feature = "stages")]
/// IdentificationStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentificationStage {
    /// When set, adds functionality exactly like a Captcha stage, but baked into the Identification stage.
    ///
    /// Not in the schema of 2024.8.3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub captcha_stage: Option<Option<::uuid::Uuid>>,
    /// When enabled, user fields are matched regardless of their casing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_insensitive_matching: Option<bool>,
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Show the user the 'Remember me on this device' toggle, allowing repeat users to skip straight to entering their password.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_remember_me: Option<bool>,
    /// Optional enrollment flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    /// When set, shows a password field, instead of showing the password field as separate step.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub password_stage: Option<Option<::uuid::Uuid>>,
    /// Optional passwordless flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub passwordless_flow: Option<Option<::uuid::Uuid>>,
    pub pk: ::uuid::Uuid,
    /// When enabled, the stage will succeed and continue even when incorrect user info is entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pretend_user_exists: Option<bool>,
    /// Optional recovery flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub recovery_flow: Option<Option<::uuid::Uuid>>,
    /// When a valid username/email has been entered, and this option is enabled, the user's username and avatar will be shown. Otherwise, the text that the user entered will be shown
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_matched_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_source_labels: Option<bool>,
    /// Specify which sources should be shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<::uuid::Uuid>>,
    /// Fields of the user object to match against. (Hold shift to select multiple options)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fields: Option<Vec<UserFieldsEnum>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    /// When set, and conditional WebAuthn is available, allow the user to use their passkey as a first factor.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webauthn_stage: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "stages")]
/// IdentificationStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentificationStageRequest {
    /// When set, adds functionality exactly like a Captcha stage, but baked into the Identification stage.
    ///
    /// Not in the schema of 2024.8.3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub captcha_stage: Option<Option<::uuid::Uuid>>,
    /// When enabled, user fields are matched regardless of their casing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_insensitive_matching: Option<bool>,
    /// Show the user the 'Remember me on this device' toggle, allowing repeat users to skip straight to entering their password.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_remember_me: Option<bool>,
    /// Optional enrollment flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
    /// When set, shows a password field, instead of showing the password field as separate step.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub password_stage: Option<Option<::uuid::Uuid>>,
    /// Optional passwordless flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub passwordless_flow: Option<Option<::uuid::Uuid>>,
    /// When enabled, the stage will succeed and continue even when incorrect user info is entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pretend_user_exists: Option<bool>,
    /// Optional recovery flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub recovery_flow: Option<Option<::uuid::Uuid>>,
    /// When a valid username/email has been entered, and this option is enabled, the user's username and avatar will be shown. Otherwise, the text that the user entered will be shown
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_matched_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_source_labels: Option<bool>,
    /// Specify which sources should be shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<::uuid::Uuid>>,
    /// Fields of the user object to match against. (Hold shift to select multiple options)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fields: Option<Vec<UserFieldsEnum>>,
    /// When set, and conditional WebAuthn is available, allow the user to use their passkey as a first factor.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webauthn_stage: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "flows")]
/// Challenge for iframe logout
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IframeLogoutChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_urls: Option<Vec<LogoutURL>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Response for iframe logout
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IframeLogoutChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "core")]
/// `ImpersonationRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImpersonationRequest {
    pub reason: String,
}

#[cfg(feature = "rbac")]
/// InitialPermissions serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitialPermissions {
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub mode: Option<::serde_json::Value>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<i64>>,
    pub permissions_obj: Vec<Permission>,
    pub pk: i64,
    pub role: ::uuid::Uuid,
}

#[cfg(feature = "rbac")]
/// InitialPermissions serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitialPermissionsRequest {
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub mode: Option<::serde_json::Value>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<i64>>,
    pub role: ::uuid::Uuid,
}

#[cfg(feature = "enterprise")]
/// `InstallID`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstallID {
    pub install_id: String,
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
/// Invitation Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Invitation {
    pub created_by: PartialUser,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_data: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// When set, only the configured flow can use this invitation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow: Option<Option<::uuid::Uuid>>,
    pub flow_obj: Flow,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// When enabled, the invitation will be deleted after usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_use: Option<bool>,
}

#[cfg(feature = "stages")]
/// Invitation Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvitationRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_data: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// When set, only the configured flow can use this invitation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow: Option<Option<::uuid::Uuid>>,
    pub name: String,
    /// When enabled, the invitation will be deleted after usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_use: Option<bool>,
}

#[cfg(feature = "stages")]
/// Serializer for sending invitation emails
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvitationSendEmailRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bcc_addresses: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cc_addresses: Option<Vec<::serde_json::Value>>,
    pub email_addresses: Vec<::serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
}

#[cfg(feature = "stages")]
/// InvitationStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvitationStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// If this flag is set, this Stage will jump to the next Stage when no Invitation is given. By default this Stage will cancel the Flow when no invitation is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_flow_without_invitation: Option<bool>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// InvitationStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvitationStageRequest {
    /// If this flag is set, this Stage will jump to the next Stage when no Invitation is given. By default this Stage will cancel the Flow when no invitation is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_flow_without_invitation: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
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
/// Kerberos Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KerberosSource {
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// Get cached source connectivity
    pub connectivity: Option<::std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_themed_urls: Option<Option<ThemedUrls>>,
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// KAdmin server type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kadmin_type: Option<KadminTypeEnum>,
    /// Custom krb5.conf to use. Uses the system one by default
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub krb5_conf: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Source's display Name.
    pub name: String,
    /// If enabled, the authentik-stored password will be updated upon login with the Kerberos password backend
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_login_update_internal_password: Option<bool>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Kerberos realm
    pub realm: String,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// Credential cache to use for SPNEGO in form type:residual
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_ccache: Option<String>,
    /// Force the use of a specific server name for SPNEGO. Must be in the form HTTP@hostname
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_server_name: Option<String>,
    /// Credentials cache to authenticate to kadmin for sync. Must be in the form TYPE:residual
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_ccache: Option<String>,
    /// When to trigger sync for outgoing providers
    ///
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum>,
    /// Principal to authenticate to kadmin for sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_principal: Option<String>,
    /// Sync users from Kerberos into authentik
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users: Option<bool>,
    /// When a user changes their password, sync it back to Kerberos
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users_password: Option<bool>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// Kerberos PropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KerberosSourcePropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// Kerberos PropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KerberosSourcePropertyMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "sources")]
/// Kerberos Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KerberosSourceRequest {
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// KAdmin server type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kadmin_type: Option<KadminTypeEnum>,
    /// Custom krb5.conf to use. Uses the system one by default
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub krb5_conf: Option<String>,
    /// Source's display Name.
    pub name: String,
    /// If enabled, the authentik-stored password will be updated upon login with the Kerberos password backend
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_login_update_internal_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Kerberos realm
    pub realm: String,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// Credential cache to use for SPNEGO in form type:residual
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_ccache: Option<String>,
    /// SPNEGO keytab base64-encoded or path to keytab in the form FILE:path
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_keytab: Option<String>,
    /// Force the use of a specific server name for SPNEGO. Must be in the form HTTP@hostname
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_server_name: Option<String>,
    /// Credentials cache to authenticate to kadmin for sync. Must be in the form TYPE:residual
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_ccache: Option<String>,
    /// Keytab to authenticate to kadmin for sync. Must be base64-encoded or in the form TYPE:residual
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_keytab: Option<String>,
    /// When to trigger sync for outgoing providers
    ///
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum>,
    /// Password to authenticate to kadmin for sync
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_password: Option<String>,
    /// Principal to authenticate to kadmin for sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_principal: Option<String>,
    /// Sync users from Kerberos into authentik
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users: Option<bool>,
    /// When a user changes their password, sync it back to Kerberos
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users_password: Option<bool>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "crypto")]
/// `KeyTypeEnum`
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
/// KubernetesServiceConnection Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubernetesServiceConnection {
    pub component: String,
    /// Paste your kubeconfig here. authentik will automatically use the currently selected context.
    ///
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub kubeconfig: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    /// Verify SSL Certificates of the Kubernetes API endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_ssl: Option<bool>,
}

#[cfg(feature = "outposts")]
/// KubernetesServiceConnection Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubernetesServiceConnectionRequest {
    /// Paste your kubeconfig here. authentik will automatically use the currently selected context.
    ///
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub kubeconfig: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
    pub name: String,
    /// Verify SSL Certificates of the Kubernetes API endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_ssl: Option<bool>,
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
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPCheckAccess {
    pub access: PolicyTestResult,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_search_permission: Option<bool>,
}

#[cfg(feature = "sources")]
/// `LDAPDebug`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPDebug {
    pub group: Vec<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub membership: Vec<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub user: Vec<::std::collections::BTreeMap<String, ::serde_json::Value>>,
}

#[cfg(feature = "outposts")]
/// LDAPProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPOutpostConfig {
    /// Prioritize backchannel slug over direct application slug
    pub application_slug: String,
    /// DN under which objects are accessible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_dn: Option<String>,
    pub bind_flow_slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_mode: Option<LDAPAPIAccessMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    /// The start for gidNumbers, this number is added to a number generated from the group.pk to make sure that the numbers aren't too low for POSIX groups. Default is 4000 to ensure that we don't collide with local groups or users primary groups gidNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid_start_number: Option<i32>,
    /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_support: Option<bool>,
    pub name: String,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_mode: Option<LDAPAPIAccessMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_server_name: Option<String>,
    /// The start for uidNumbers, this number is added to the user.pk to make sure that the numbers aren't too low for POSIX users. Default is 2000 to ensure that we don't collide with local users uidNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid_start_number: Option<i32>,
    /// Get slug for unbind flow, defaulting to brand's default flow.
    pub unbind_flow_slug: Option<String>,
}

#[cfg(feature = "providers")]
/// LDAPProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPProvider {
    /// Application's display Name.
    pub assigned_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: Option<String>,
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// DN under which objects are accessible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_dn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_mode: Option<LDAPAPIAccessMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// The start for gidNumbers, this number is added to a number generated from the group.pk to make sure that the numbers aren't too low for POSIX groups. Default is 4000 to ensure that we don't collide with local groups or users primary groups gidNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid_start_number: Option<i32>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Return internal model name
    pub meta_model_name: String,
    /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_support: Option<bool>,
    pub name: String,
    pub outpost_set: Vec<String>,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_mode: Option<LDAPAPIAccessMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_server_name: Option<String>,
    /// The start for uidNumbers, this number is added to the user.pk to make sure that the numbers aren't too low for POSIX users. Default is 2000 to ensure that we don't collide with local users uidNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid_start_number: Option<i32>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// LDAPProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPProviderRequest {
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// DN under which objects are accessible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_dn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_mode: Option<LDAPAPIAccessMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    /// The start for gidNumbers, this number is added to a number generated from the group.pk to make sure that the numbers aren't too low for POSIX groups. Default is 4000 to ensure that we don't collide with local groups or users primary groups gidNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid_start_number: Option<i32>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_support: Option<bool>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_mode: Option<LDAPAPIAccessMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_server_name: Option<String>,
    /// The start for uidNumbers, this number is added to the user.pk to make sure that the numbers aren't too low for POSIX users. Default is 2000 to ensure that we don't collide with local users uidNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid_start_number: Option<i32>,
}

#[cfg(feature = "sources")]
/// LDAP Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPSource {
    /// Prepended to Base DN for Group-queries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_group_dn: Option<String>,
    /// Prepended to Base DN for User-queries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_user_dn: Option<String>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    pub base_dn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_cn: Option<String>,
    /// Client certificate to authenticate against the LDAP Server's Certificate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_certificate: Option<Option<::uuid::Uuid>>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// Get cached source connectivity
    pub connectivity: Option<
        ::std::collections::BTreeMap<
            String,
            ::std::collections::BTreeMap<String, String>,
        >,
    >,
    /// Delete authentik users and groups which were previously supplied by this source, but are now missing from it.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_not_found_objects: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// Field which contains members of a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_membership_field: Option<String>,
    /// Consider Objects matching this filter to be Groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_object_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_themed_urls: Option<Option<ThemedUrls>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Lookup group membership based on a user attribute instead of a group attribute. This allows nested group resolution on systems like FreeIPA and Active Directory
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_groups_from_user: Option<bool>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Source's display Name.
    pub name: String,
    /// Field which contains a unique Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_uniqueness_field: Option<String>,
    /// Update internal authentik password when login succeeds with LDAP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_login_update_internal_password: Option<bool>,
    /// Optionally verify the LDAP Server's Certificate against the CA Chain in this keypair.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub peer_certificate: Option<Option<::uuid::Uuid>>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    pub server_uri: String,
    /// Internal source name, used in URLs.
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sni: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_tls: Option<bool>,
    /// Sync group parentage/hierarchy from LDAP directories.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_group_hierarchy: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_groups: Option<bool>,
    /// When to trigger sync for outgoing providers
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub sync_parent_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users: Option<bool>,
    /// When a user changes their password, sync it back to LDAP. This can only be enabled on a single LDAP source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users_password: Option<bool>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    /// Attribute which matches the value of `group_membership_field`.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_membership_attribute: Option<String>,
    /// Consider Objects matching this filter to be Users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_object_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// LDAP PropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPSourcePropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// LDAP PropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPSourcePropertyMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "sources")]
/// LDAP Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LDAPSourceRequest {
    /// Prepended to Base DN for Group-queries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_group_dn: Option<String>,
    /// Prepended to Base DN for User-queries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_user_dn: Option<String>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    pub base_dn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_cn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_password: Option<String>,
    /// Client certificate to authenticate against the LDAP Server's Certificate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_certificate: Option<Option<::uuid::Uuid>>,
    /// Delete authentik users and groups which were previously supplied by this source, but are now missing from it.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_not_found_objects: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// Field which contains members of a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_membership_field: Option<String>,
    /// Consider Objects matching this filter to be Groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_object_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Lookup group membership based on a user attribute instead of a group attribute. This allows nested group resolution on systems like FreeIPA and Active Directory
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_groups_from_user: Option<bool>,
    /// Source's display Name.
    pub name: String,
    /// Field which contains a unique Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_uniqueness_field: Option<String>,
    /// Update internal authentik password when login succeeds with LDAP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_login_update_internal_password: Option<bool>,
    /// Optionally verify the LDAP Server's Certificate against the CA Chain in this keypair.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub peer_certificate: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    pub server_uri: String,
    /// Internal source name, used in URLs.
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sni: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_tls: Option<bool>,
    /// Sync group parentage/hierarchy from LDAP directories.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_group_hierarchy: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_groups: Option<bool>,
    /// When to trigger sync for outgoing providers
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub sync_parent_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users: Option<bool>,
    /// When a user changes their password, sync it back to LDAP. This can only be enabled on a single LDAP source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users_password: Option<bool>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    /// Attribute which matches the value of `group_membership_field`.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_membership_attribute: Option<String>,
    /// Consider Objects matching this filter to be Users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_object_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "schema")]
/// `LangEnum`
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
/// License Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct License {
    pub expiry: ::chrono::DateTime<::chrono::Utc>,
    pub external_users: i64,
    pub internal_users: i64,
    pub key: String,
    pub license_uuid: ::uuid::Uuid,
    pub name: String,
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
/// Serializer for license forecast
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LicenseForecast {
    pub external_users: i64,
    pub forecasted_external_users: i64,
    pub forecasted_internal_users: i64,
    pub internal_users: i64,
}

#[cfg(feature = "enterprise")]
/// License Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LicenseRequest {
    pub key: String,
}

#[cfg(feature = "endpoints")]
/// `LicenseStatusEnum`
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
/// Serializer for license status
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LicenseSummary {
    pub external_users: i64,
    pub internal_users: i64,
    pub latest_valid: ::chrono::DateTime<::chrono::Utc>,
    pub license_flags: Vec<LicenseFlagsEnum>,
    pub status: LicenseSummaryStatusEnum,
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
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecycleIteration {
    pub content_type: ContentTypeEnum,
    pub grace_period_end: ::chrono::DateTime<::chrono::Utc>,
    pub id: ::uuid::Uuid,
    pub next_review_date: ::chrono::DateTime<::chrono::Utc>,
    pub object_admin_url: String,
    pub object_id: String,
    pub object_verbose: String,
    pub opened_on: ::chrono::DateTime<::chrono::Utc>,
    pub reviews: Vec<Review>,
    pub rule: RelatedRule,
    pub state: LifecycleIterationStateEnum,
    pub user_can_review: bool,
}

#[cfg(feature = "lifecycle")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecycleIterationRequest {
    pub content_type: ContentTypeEnum,
}

#[cfg(feature = "lifecycle")]
/// `LifecycleIterationStateEnum`
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
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecycleRule {
    pub content_type: ContentTypeEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grace_period: Option<String>,
    pub id: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers_is_per_group: Option<bool>,
    pub name: String,
    /// Select which transports should be used to notify the reviewers. If none are selected, the notification will only be shown in the authentik UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_transports: Option<Vec<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub object_id: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_groups: Option<Vec<::uuid::Uuid>>,
    pub reviewer_groups_obj: Vec<PartialGroup>,
    pub reviewers: Vec<::uuid::Uuid>,
    pub reviewers_obj: Vec<PartialUser>,
    pub target_verbose: String,
}

#[cfg(feature = "lifecycle")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecycleRuleRequest {
    pub content_type: ContentTypeEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grace_period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers_is_per_group: Option<bool>,
    pub name: String,
    /// Select which transports should be used to notify the reviewers. If none are selected, the notification will only be shown in the authentik UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_transports: Option<Vec<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub object_id: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_groups: Option<Vec<::uuid::Uuid>>,
    pub reviewers: Vec<::uuid::Uuid>,
}

#[cfg(any(feature = "core", feature = "flows", feature = "requests"))]
/// Returns a single link
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Link {
    pub link: String,
}

#[cfg(
    any(
        feature = "core",
        feature = "managed",
        feature = "outposts",
        feature = "policies",
        feature = "providers",
        feature = "tasks"
    )
)]
/// Single log message with all context logged.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogEvent {
    pub attributes: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    pub event: String,
    pub log_level: LogLevelEnum,
    pub logger: String,
    pub timestamp: ::chrono::DateTime<::chrono::Utc>,
}

#[cfg(
    any(
        feature = "core",
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
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        match super::runtime::unions::tag_of(&value, "component") {
            Some("xak-flow-redirect") => {
                super::runtime::unions::variant(value).map(Self::RedirectChallenge)
            }
            Some("ak-source-oauth-apple") => {
                super::runtime::unions::variant(value).map(Self::AppleLoginChallenge)
            }
            Some("ak-source-plex") => {
                super::runtime::unions::variant(value)
                    .map(Self::PlexAuthenticationChallenge)
            }
            Some("ak-source-telegram") => {
                super::runtime::unions::variant(value).map(Self::TelegramLoginChallenge)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

#[cfg(feature = "flows")]
/// Serializer for Login buttons of sources
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoginSource {
    pub challenge: LoginChallengeTypes,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_url: Option<Option<String>>,
    pub name: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
}

#[cfg(feature = "flows")]
/// Data for a single logout URL
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogoutURL {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub binding: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub provider_name: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub saml_relay_state: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub saml_request: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub saml_response: Option<Option<String>>,
    pub url: String,
}

#[cfg(feature = "endpoints")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MDMConfigRequest {
    pub enrollment_token: ::uuid::Uuid,
    pub platform: DeviceFactsOSFamily,
}

#[cfg(feature = "endpoints")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MDMConfigResponse {
    pub config: String,
    pub filename: String,
    pub mime_type: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `MatchingModeEnum`
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
/// Serializer for blueprint metadata
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Metadata {
    pub labels: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    pub name: String,
}

#[cfg(feature = "providers")]
/// MicrosoftEntraProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraProvider {
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    pub client_id: String,
    pub client_secret: String,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_delete_action: Option<OutgoingSyncDeleteAction>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    pub tenant_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_delete_action: Option<OutgoingSyncDeleteAction>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "providers")]
/// MicrosoftEntraProviderGroup Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraProviderGroup {
    /// Nullable in 2024.8.3, 2024.12.1.
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub group: ::uuid::Uuid,
    pub group_obj: PartialGroup,
    pub id: ::uuid::Uuid,
    pub microsoft_id: String,
    pub provider: i64,
}

#[cfg(feature = "providers")]
/// MicrosoftEntraProviderGroup Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraProviderGroupRequest {
    pub group: ::uuid::Uuid,
    pub microsoft_id: String,
    pub provider: i64,
}

#[cfg(feature = "propertymappings")]
/// MicrosoftEntraProviderMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraProviderMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// MicrosoftEntraProviderMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraProviderMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// MicrosoftEntraProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraProviderRequest {
    pub client_id: String,
    pub client_secret: String,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_delete_action: Option<OutgoingSyncDeleteAction>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    pub tenant_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_delete_action: Option<OutgoingSyncDeleteAction>,
}

#[cfg(feature = "providers")]
/// MicrosoftEntraProviderUser Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraProviderUser {
    /// Nullable in 2024.8.3, 2024.12.1.
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub id: ::uuid::Uuid,
    pub microsoft_id: String,
    pub provider: i64,
    pub user: i64,
    pub user_obj: PartialUser,
}

#[cfg(feature = "providers")]
/// MicrosoftEntraProviderUser Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MicrosoftEntraProviderUserRequest {
    pub microsoft_id: String,
    pub provider: i64,
    pub user: i64,
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
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        match super::runtime::unions::tag_of(&value, "provider_model") {
            Some("authentik_providers_google_workspace.googleworkspaceprovider") => {
                super::runtime::unions::variant(value)
                    .map(Self::GoogleWorkspaceProviderRequest)
            }
            Some("authentik_providers_ldap.ldapprovider") => {
                super::runtime::unions::variant(value).map(Self::LDAPProviderRequest)
            }
            Some("authentik_providers_microsoft_entra.microsoftentraprovider") => {
                super::runtime::unions::variant(value)
                    .map(Self::MicrosoftEntraProviderRequest)
            }
            Some("authentik_providers_oauth2.oauth2provider") => {
                super::runtime::unions::variant(value).map(Self::OAuth2ProviderRequest)
            }
            Some("authentik_providers_proxy.proxyprovider") => {
                super::runtime::unions::variant(value).map(Self::ProxyProviderRequest)
            }
            Some("authentik_providers_rac.racprovider") => {
                super::runtime::unions::variant(value).map(Self::RACProviderRequest)
            }
            Some("authentik_providers_radius.radiusprovider") => {
                super::runtime::unions::variant(value).map(Self::RadiusProviderRequest)
            }
            Some("authentik_providers_saml.samlprovider") => {
                super::runtime::unions::variant(value).map(Self::SAMLProviderRequest)
            }
            Some("authentik_providers_scim.scimprovider") => {
                super::runtime::unions::variant(value).map(Self::SCIMProviderRequest)
            }
            Some("authentik_providers_ssf.ssfprovider") => {
                super::runtime::unions::variant(value).map(Self::SSFProviderRequest)
            }
            Some("authentik_providers_ws_federation.wsfederationprovider") => {
                super::runtime::unions::variant(value)
                    .map(Self::WSFederationProviderRequest)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

#[cfg(feature = "stages")]
/// MutualTLSStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MutualTLSStage {
    pub cert_attribute: CertAttributeEnum,
    /// Configure certificate authorities to validate the certificate against. This option has a higher priority than the `client_certificate` option on `Brand`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authorities: Option<Vec<::uuid::Uuid>>,
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub mode: StageModeEnum,
    pub name: String,
    pub pk: ::uuid::Uuid,
    pub user_attribute: UserAttributeEnum,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// MutualTLSStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MutualTLSStageRequest {
    pub cert_attribute: CertAttributeEnum,
    /// Configure certificate authorities to validate the certificate against. This option has a higher priority than the `client_certificate` option on `Brand`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authorities: Option<Vec<::uuid::Uuid>>,
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub mode: StageModeEnum,
    pub name: String,
    pub user_attribute: UserAttributeEnum,
}

#[cfg(feature = "flows")]
/// Challenge for native browser logout
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NativeLogoutChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_complete: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_binding: Option<SAMLBindingsEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_relay_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_request: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_response: Option<String>,
}

#[cfg(feature = "flows")]
/// Response for native browser logout
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NativeLogoutChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `Network`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Network {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    pub hostname: String,
    pub interfaces: Vec<NetworkInterface>,
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
/// `NetworkInterface`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkInterface {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<Vec<String>>,
    pub hardware_address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    pub name: String,
}

#[cfg(feature = "endpoints")]
/// `NetworkInterfaceRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkInterfaceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<Vec<String>>,
    pub hardware_address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    pub name: String,
}

#[cfg(feature = "endpoints")]
/// `NetworkRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    pub hostname: String,
    pub interfaces: Vec<NetworkInterfaceRequest>,
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
/// Notification Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Notification {
    pub body: String,
    pub created: ::chrono::DateTime<::chrono::Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Event>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub hyperlink: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub hyperlink_label: Option<Option<String>>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<bool>,
    pub severity: SeverityEnum,
}

#[cfg(feature = "requests")]
/// `NotificationModeEnum`
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
/// Notification Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventRequest>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub hyperlink: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub hyperlink_label: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<bool>,
}

#[cfg(feature = "events")]
/// NotificationRule Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationRule {
    /// When enabled, notification will be sent to user the user that triggered the event.When destination_group is configured, notification is sent to both.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_event_user: Option<bool>,
    /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub destination_group: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub destination_group_obj: Option<Option<Group>>,
    /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_obj: Option<Group>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Controls which severity level the created notifications will have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<SeverityEnum>,
    /// Select which transports should be used to notify the user. If none are selected, the notification will only be shown in the authentik UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transports: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "events")]
/// NotificationRule Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationRuleRequest {
    /// When enabled, notification will be sent to user the user that triggered the event.When destination_group is configured, notification is sent to both.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_event_user: Option<bool>,
    /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub destination_group: Option<Option<::uuid::Uuid>>,
    /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    pub name: String,
    /// Controls which severity level the created notifications will have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<SeverityEnum>,
    /// Select which transports should be used to notify the user. If none are selected, the notification will only be shown in the authentik UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transports: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "events")]
/// NotificationTransport Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationTransport {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_subject_prefix: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<TransportModeEnum>,
    /// Return selected mode with a UI Label
    pub mode_verbose: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Only send notification once, for example when sending a webhook into a chat channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_once: Option<bool>,
    /// When set, the selected certificate is used to validate the certificate of the webhook server.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_ca: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping: Option<Option<::uuid::Uuid>>,
    /// Customize the body of the request. Mapping should return data that is JSON-serializable.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping_body: Option<Option<::uuid::Uuid>>,
    /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping_headers: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
}

#[cfg(feature = "events")]
/// NotificationTransport Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationTransportRequest {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_subject_prefix: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<TransportModeEnum>,
    pub name: String,
    /// Only send notification once, for example when sending a webhook into a chat channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_once: Option<bool>,
    /// When set, the selected certificate is used to validate the certificate of the webhook server.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_ca: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping: Option<Option<::uuid::Uuid>>,
    /// Customize the body of the request. Mapping should return data that is JSON-serializable.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping_body: Option<Option<::uuid::Uuid>>,
    /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping_headers: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
}

#[cfg(feature = "events")]
/// Notification test serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationTransportTest {
    pub messages: Vec<String>,
}

#[cfg(feature = "propertymappings")]
/// NotificationWebhookMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationWebhookMapping {
    pub expression: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
}

#[cfg(feature = "propertymappings")]
/// NotificationWebhookMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotificationWebhookMappingRequest {
    pub expression: String,
    pub name: String,
}

#[cfg(feature = "providers")]
/// Serializer for OAuth2DynamicClientRegistration
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuth2DynamicClientRegistration {
    /// Maximum access token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// If empty, all grant types are allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_grant_types: Option<Vec<GrantTypeEnum>>,
    /// Group to assign to automatically created applications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_application_group: Option<String>,
    /// Authorization flow applied to dynamically registered clients.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub override_authorization_flow: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub override_invalidation_flow: Option<Option<::uuid::Uuid>>,
    /// Scope mappings applied to dynamically registered clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_property_mappings: Option<Vec<::uuid::Uuid>>,
    pub pbm_uuid: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    pub provider: i64,
    /// Maximum refresh token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
}

#[cfg(feature = "providers")]
/// Serializer for OAuth2DynamicClientRegistration
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuth2DynamicClientRegistrationRequest {
    /// Maximum access token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// If empty, all grant types are allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_grant_types: Option<Vec<GrantTypeEnum>>,
    /// Group to assign to automatically created applications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_application_group: Option<String>,
    /// Authorization flow applied to dynamically registered clients.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub override_authorization_flow: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub override_invalidation_flow: Option<Option<::uuid::Uuid>>,
    /// Scope mappings applied to dynamically registered clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    pub provider: i64,
    /// Maximum refresh token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
}

#[cfg(feature = "providers")]
/// OAuth2Provider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuth2Provider {
    /// Access codes not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_validity: Option<String>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// Application's display Name.
    pub assigned_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: Option<String>,
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_type: Option<ClientTypeEnum>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// Key used to encrypt the tokens. When set, tokens will be encrypted and returned as JWEs.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_key: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<GrantTypeEnum>>,
    /// Include User claims from scopes in the id_token, for applications that don't access the userinfo endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_claims_in_id_token: Option<bool>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Configure how the issuer field of the ID Token should be filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_mode: Option<IssuerModeEnum>,
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_sources: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_sources: Option<Vec<::uuid::Uuid>>,
    /// Backchannel logs out with server to server calls. Frontchannel uses iframes in your browser
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_method: Option<OAuth2ProviderLogoutMethodEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_uri: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Optional in 2024.8.3.
    /// A newline-separated string before 2024.12.1: read in either form, written as a string for older servers.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::compat::deserialize_urls_opt",
        serialize_with = "compat_serialize_o_auth2_provider_redirect_uris",
    )]
    pub redirect_uris: Option<Vec<RedirectURI>>,
    /// When refreshing a token, if the refresh token is valid for less than this duration, it will be renewed. When set to seconds=0, token will always be renewed. (Format: hours=1;minutes=2;seconds=3).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_threshold: Option<String>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
    /// Key used to sign the tokens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_key: Option<Option<::uuid::Uuid>>,
    /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mode: Option<SubModeEnum>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}
#[cfg(feature = "providers")]
fn compat_serialize_o_auth2_provider_redirect_uris<S: ::serde::Serializer>(
    value: &Option<Vec<RedirectURI>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    super::runtime::compat::serialize_urls_opt(value, "2024.12.1", serializer)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `OAuth2ProviderLogoutMethodEnum`
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
/// OAuth2Provider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuth2ProviderRequest {
    /// Access codes not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_validity: Option<String>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_type: Option<ClientTypeEnum>,
    /// Key used to encrypt the tokens. When set, tokens will be encrypted and returned as JWEs.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_key: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<GrantTypeEnum>>,
    /// Include User claims from scopes in the id_token, for applications that don't access the userinfo endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_claims_in_id_token: Option<bool>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Configure how the issuer field of the ID Token should be filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_mode: Option<IssuerModeEnum>,
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_sources: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_sources: Option<Vec<::uuid::Uuid>>,
    /// Backchannel logs out with server to server calls. Frontchannel uses iframes in your browser
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_method: Option<OAuth2ProviderLogoutMethodEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_uri: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Optional in 2024.8.3.
    /// A newline-separated string before 2024.12.1: read in either form, written as a string for older servers.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::compat::deserialize_urls_opt",
        serialize_with = "compat_serialize_o_auth2_provider_request_redirect_uris",
    )]
    pub redirect_uris: Option<Vec<RedirectURIRequest>>,
    /// When refreshing a token, if the refresh token is valid for less than this duration, it will be renewed. When set to seconds=0, token will always be renewed. (Format: hours=1;minutes=2;seconds=3).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_threshold: Option<String>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
    /// Key used to sign the tokens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_key: Option<Option<::uuid::Uuid>>,
    /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mode: Option<SubModeEnum>,
}
#[cfg(any(feature = "core", feature = "providers"))]
fn compat_serialize_o_auth2_provider_request_redirect_uris<S: ::serde::Serializer>(
    value: &Option<Vec<RedirectURIRequest>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    super::runtime::compat::serialize_urls_opt(value, "2024.12.1", serializer)
}

#[cfg(feature = "providers")]
/// OAuth2 Provider Metadata serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuth2ProviderSetupURLs {
    pub authorize: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub dcr_registration: Option<Option<String>>,
    pub issuer: String,
    pub jwks: String,
    pub logout: String,
    pub provider_info: String,
    pub token: String,
    pub user_info: String,
}

#[cfg(feature = "flows")]
/// OAuth Device code challenge
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthDeviceCodeChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Response that includes the user-entered device code
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthDeviceCodeChallengeResponseRequest {
    /// Was `integer(i64)` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
    pub code: super::runtime::compat::Versioned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "flows")]
/// Final challenge after user enters their code
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthDeviceCodeFinishChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Response that device has been authenticated and tab can be closed
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthDeviceCodeFinishChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "sources")]
/// OAuth Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthSource {
    /// URL used by authentik to retrieve tokens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_token_url: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_scopes: Option<String>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// How to perform authentication during an authorization_code token request flow
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_code_auth_method: Option<AuthorizationCodeAuthMethodEnum>,
    /// URL the user is redirect to to conest the flow.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authorization_url: Option<Option<String>>,
    /// Get OAuth Callback URL
    pub callback_url: String,
    /// Get object component so that we know how to edit the object
    pub component: String,
    pub consumer_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_themed_urls: Option<Option<ThemedUrls>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_url: Option<Option<String>>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Source's display Name.
    pub name: String,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub oidc_jwks: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_jwks_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_well_known_url: Option<String>,
    pub pk: ::uuid::Uuid,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pkce: Option<PKCEMethodEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// URL used by authentik to get user information.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub profile_url: Option<Option<String>>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    pub provider_type: ProviderTypeEnum,
    /// URL used to request the initial token. This URL is only required for OAuth 1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub request_token_url: Option<Option<String>>,
    /// Internal source name, used in URLs.
    pub slug: String,
    pub r#type: SourceType,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// OAuthSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthSourcePropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// OAuthSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthSourcePropertyMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "sources")]
/// OAuth Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthSourceRequest {
    /// URL used by authentik to retrieve tokens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_token_url: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_scopes: Option<String>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// How to perform authentication during an authorization_code token request flow
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_code_auth_method: Option<AuthorizationCodeAuthMethodEnum>,
    /// URL the user is redirect to to conest the flow.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authorization_url: Option<Option<String>>,
    pub consumer_key: String,
    pub consumer_secret: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Source's display Name.
    pub name: String,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub oidc_jwks: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_jwks_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_well_known_url: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pkce: Option<PKCEMethodEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// URL used by authentik to get user information.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub profile_url: Option<Option<String>>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    pub provider_type: ProviderTypeEnum,
    /// URL used to request the initial token. This URL is only required for OAuth 1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub request_token_url: Option<Option<String>>,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "core")]
/// `ObjectAttribute`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ObjectAttribute {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_unique: Option<bool>,
    pub key: String,
    pub label: String,
    pub last_updated: ::chrono::DateTime<::chrono::Utc>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub object_type: String,
    pub object_type_obj: ContentType,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regex: Option<String>,
    pub r#type: ObjectAttributeTypeEnum,
}

#[cfg(feature = "core")]
/// `ObjectAttributeRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ObjectAttributeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_unique: Option<bool>,
    pub key: String,
    pub label: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub object_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regex: Option<String>,
    pub r#type: ObjectAttributeTypeEnum,
}

#[cfg(feature = "core")]
/// `ObjectAttributeTypeEnum`
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
/// rest_framework Serializer for OIDC Configuration
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenIDConnectConfiguration {
    pub authorization_endpoint: String,
    pub end_session_endpoint: String,
    pub id_token_signing_alg_values_supported: Vec<String>,
    pub introspection_endpoint: String,
    pub issuer: String,
    pub jwks_uri: String,
    pub response_types_supported: Vec<String>,
    pub subject_types_supported: Vec<String>,
    pub token_endpoint: String,
    pub token_endpoint_auth_methods_supported: Vec<String>,
    pub userinfo_endpoint: String,
}

#[cfg(feature = "endpoints")]
/// For example:
/// {"family":"linux","name":"Ubuntu","version":"24.04.3 LTS (Noble Numbat)","arch":"amd64"}
/// {"family": "windows","name":"Server 2022 Datacenter","version":"10.0.20348.4405","arch":"amd64"}
/// {"family": "windows","name":"Server 2022 Datacenter","version":"10.0.20348.4405","arch":"amd64"}
/// {"family": "mac_os", "name": "", "version": "26.2", "arch": "arm64"}
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperatingSystem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arch: Option<String>,
    pub family: DeviceFactsOSFamily,
    /// Operating System name, such as 'Server 2022' or 'Ubuntu'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Operating System version, must always be the version number but may contain build name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

#[cfg(feature = "endpoints")]
/// For example:
/// {"family":"linux","name":"Ubuntu","version":"24.04.3 LTS (Noble Numbat)","arch":"amd64"}
/// {"family": "windows","name":"Server 2022 Datacenter","version":"10.0.20348.4405","arch":"amd64"}
/// {"family": "windows","name":"Server 2022 Datacenter","version":"10.0.20348.4405","arch":"amd64"}
/// {"family": "mac_os", "name": "", "version": "26.2", "arch": "arm64"}
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperatingSystemRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arch: Option<String>,
    pub family: DeviceFactsOSFamily,
    /// Operating System name, such as 'Server 2022' or 'Ubuntu'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Operating System version, must always be the version number but may contain build name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
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
/// Outpost Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Outpost {
    pub config: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
    pub pk: ::uuid::Uuid,
    pub providers: Vec<i64>,
    pub providers_obj: Vec<Provider>,
    pub refresh_interval_s: i64,
    /// Select Service-Connection authentik should use to manage this outpost. Leave empty if authentik should not handle the deployment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub service_connection: Option<Option<::uuid::Uuid>>,
    pub service_connection_obj: Option<ServiceConnection>,
    /// Get Token identifier
    pub token_identifier: String,
    pub r#type: OutpostTypeEnum,
}

#[cfg(feature = "outposts")]
/// Global default outpost config
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutpostDefaultConfig {
    pub config: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}

#[cfg(feature = "outposts")]
/// Outpost health status
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutpostHealth {
    pub build_hash: String,
    pub build_hash_should: String,
    /// Get FIPS enabled
    pub fips_enabled: Option<bool>,
    pub golang_version: String,
    pub hostname: String,
    pub last_seen: ::chrono::DateTime<::chrono::Utc>,
    pub openssl_enabled: bool,
    pub openssl_version: String,
    pub uid: String,
    pub version: String,
    pub version_outdated: bool,
    pub version_should: String,
}

#[cfg(feature = "outposts")]
/// Outpost Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutpostRequest {
    pub config: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
    pub providers: Vec<i64>,
    /// Select Service-Connection authentik should use to manage this outpost. Leave empty if authentik should not handle the deployment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub service_connection: Option<Option<::uuid::Uuid>>,
    pub r#type: OutpostTypeEnum,
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
/// `PaginatedAccountLockdownStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAccountLockdownStageList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<AccountLockdownStage>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedAgentConnectorList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAgentConnectorList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<AgentConnector>,
}

#[cfg(feature = "agents")]
/// `PaginatedAgentList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAgentList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<Agent>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedAppleIndependentSecureEnclaveList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAppleIndependentSecureEnclaveList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<AppleIndependentSecureEnclave>,
}

#[cfg(feature = "core")]
/// `PaginatedApplicationEntitlementList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedApplicationEntitlementList {
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ApplicationEntitlement>,
}

#[cfg(feature = "core")]
/// `PaginatedApplicationList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedApplicationList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Application>,
}

#[cfg(feature = "core")]
/// `PaginatedAuthenticatedSessionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatedSessionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatedSession>,
}

#[cfg(feature = "stages")]
/// `PaginatedAuthenticatorDuoStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatorDuoStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatorDuoStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedAuthenticatorEmailStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatorEmailStageList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatorEmailStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedAuthenticatorEndpointGDTCStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatorEndpointGDTCStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatorEndpointGDTCStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedAuthenticatorSMSStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatorSMSStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatorSMSStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedAuthenticatorStaticStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatorStaticStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatorStaticStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedAuthenticatorTOTPStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatorTOTPStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatorTOTPStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedAuthenticatorValidateStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatorValidateStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatorValidateStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedAuthenticatorWebAuthnStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedAuthenticatorWebAuthnStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<AuthenticatorWebAuthnStage>,
}

#[cfg(feature = "managed")]
/// `PaginatedBlueprintInstanceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedBlueprintInstanceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<BlueprintInstance>,
}

#[cfg(feature = "core")]
/// `PaginatedBrandList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedBrandList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Brand>,
}

#[cfg(feature = "stages")]
/// `PaginatedCaptchaStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedCaptchaStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<CaptchaStage>,
}

#[cfg(feature = "crypto")]
/// `PaginatedCertificateKeyPairList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedCertificateKeyPairList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<CertificateKeyPair>,
}

#[cfg(feature = "rac")]
/// `PaginatedConnectionTokenList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedConnectionTokenList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ConnectionToken>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedConnectorList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedConnectorList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<Connector>,
}

#[cfg(feature = "stages")]
/// `PaginatedConsentStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedConsentStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ConsentStage>,
}

#[cfg(feature = "reports")]
/// `PaginatedDataExportList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDataExportList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<DataExport>,
}

#[cfg(feature = "stages")]
/// `PaginatedDenyStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDenyStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<DenyStage>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedDeviceAccessGroupList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDeviceAccessGroupList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<DeviceAccessGroup>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedDeviceUserBindingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDeviceUserBindingList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<DeviceUserBinding>,
}

#[cfg(feature = "outposts")]
/// `PaginatedDockerServiceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDockerServiceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<DockerServiceConnection>,
}

#[cfg(feature = "tenants")]
/// `PaginatedDomainList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDomainList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Domain>,
}

#[cfg(feature = "policies")]
/// `PaginatedDummyPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDummyPolicyList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<DummyPolicy>,
}

#[cfg(feature = "stages")]
/// `PaginatedDummyStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDummyStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<DummyStage>,
}

#[cfg(feature = "authenticators")]
/// `PaginatedDuoDeviceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedDuoDeviceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<DuoDevice>,
}

#[cfg(feature = "authenticators")]
/// `PaginatedEmailDeviceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedEmailDeviceList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<EmailDevice>,
}

#[cfg(feature = "stages")]
/// `PaginatedEmailStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedEmailStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<EmailStage>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedEndpointDeviceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedEndpointDeviceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<EndpointDevice>,
}

#[cfg(feature = "rac")]
/// `PaginatedEndpointList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedEndpointList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Endpoint>,
}

#[cfg(feature = "stages")]
/// `PaginatedEndpointStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedEndpointStageList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<EndpointStage>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedEnrollmentTokenList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedEnrollmentTokenList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<EnrollmentToken>,
}

#[cfg(feature = "events")]
/// `PaginatedEventList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedEventList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Event>,
}

#[cfg(feature = "policies")]
/// `PaginatedEventMatcherPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedEventMatcherPolicyList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<EventMatcherPolicy>,
}

#[cfg(feature = "oauth2")]
/// `PaginatedExpiringBaseGrantModelList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedExpiringBaseGrantModelList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ExpiringBaseGrantModel>,
}

#[cfg(feature = "policies")]
/// `PaginatedExpressionPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedExpressionPolicyList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ExpressionPolicy>,
}

#[cfg(feature = "rbac")]
/// `PaginatedExtraRoleObjectPermissionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedExtraRoleObjectPermissionList {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ExtraRoleObjectPermission>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedFleetConnectorList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedFleetConnectorList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<FleetConnector>,
}

#[cfg(feature = "flows")]
/// `PaginatedFlowList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedFlowList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Flow>,
}

#[cfg(feature = "flows")]
/// `PaginatedFlowStageBindingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedFlowStageBindingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<FlowStageBinding>,
}

#[cfg(feature = "policies")]
/// `PaginatedGeoIPPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGeoIPPolicyList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GeoIPPolicy>,
}

#[cfg(feature = "endpoints")]
/// `PaginatedGoogleChromeConnectorList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGoogleChromeConnectorList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<GoogleChromeConnector>,
}

#[cfg(feature = "authenticators")]
/// `PaginatedGoogleEndpointDeviceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGoogleEndpointDeviceList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<GoogleEndpointDevice>,
}

#[cfg(feature = "providers")]
/// `PaginatedGoogleWorkspaceProviderGroupList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGoogleWorkspaceProviderGroupList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GoogleWorkspaceProviderGroup>,
}

#[cfg(feature = "providers")]
/// `PaginatedGoogleWorkspaceProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGoogleWorkspaceProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GoogleWorkspaceProvider>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedGoogleWorkspaceProviderMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGoogleWorkspaceProviderMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GoogleWorkspaceProviderMapping>,
}

#[cfg(feature = "providers")]
/// `PaginatedGoogleWorkspaceProviderUserList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGoogleWorkspaceProviderUserList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GoogleWorkspaceProviderUser>,
}

#[cfg(feature = "requests")]
/// `PaginatedGrantRequestList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGrantRequestList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<GrantRequest>,
}

#[cfg(feature = "sources")]
/// `PaginatedGroupKerberosSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGroupKerberosSourceConnectionList {
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GroupKerberosSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedGroupLDAPSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGroupLDAPSourceConnectionList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<GroupLDAPSourceConnection>,
}

#[cfg(feature = "core")]
/// `PaginatedGroupList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGroupList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Group>,
}

#[cfg(feature = "sources")]
/// `PaginatedGroupOAuthSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGroupOAuthSourceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GroupOAuthSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedGroupPlexSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGroupPlexSourceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GroupPlexSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedGroupSAMLSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGroupSAMLSourceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<GroupSAMLSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedGroupSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGroupSourceConnectionList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<GroupSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedGroupTelegramSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedGroupTelegramSourceConnectionList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<GroupTelegramSourceConnection>,
}

#[cfg(feature = "stages")]
/// `PaginatedIdentificationStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedIdentificationStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<IdentificationStage>,
}

#[cfg(feature = "rbac")]
/// `PaginatedInitialPermissionsList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedInitialPermissionsList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<InitialPermissions>,
}

#[cfg(feature = "stages")]
/// `PaginatedInvitationList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedInvitationList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Invitation>,
}

#[cfg(feature = "stages")]
/// `PaginatedInvitationStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedInvitationStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<InvitationStage>,
}

#[cfg(feature = "sources")]
/// `PaginatedKerberosSourceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedKerberosSourceList {
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<KerberosSource>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedKerberosSourcePropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedKerberosSourcePropertyMappingList {
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<KerberosSourcePropertyMapping>,
}

#[cfg(feature = "outposts")]
/// `PaginatedKubernetesServiceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedKubernetesServiceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<KubernetesServiceConnection>,
}

#[cfg(feature = "outposts")]
/// `PaginatedLDAPOutpostConfigList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedLDAPOutpostConfigList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<LDAPOutpostConfig>,
}

#[cfg(feature = "providers")]
/// `PaginatedLDAPProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedLDAPProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<LDAPProvider>,
}

#[cfg(feature = "sources")]
/// `PaginatedLDAPSourceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedLDAPSourceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<LDAPSource>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedLDAPSourcePropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedLDAPSourcePropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<LDAPSourcePropertyMapping>,
}

#[cfg(feature = "enterprise")]
/// `PaginatedLicenseList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedLicenseList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<License>,
}

#[cfg(feature = "lifecycle")]
/// `PaginatedLifecycleIterationList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedLifecycleIterationList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<LifecycleIteration>,
}

#[cfg(feature = "lifecycle")]
/// `PaginatedLifecycleRuleList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedLifecycleRuleList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<LifecycleRule>,
}

#[cfg(feature = "providers")]
/// `PaginatedMicrosoftEntraProviderGroupList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedMicrosoftEntraProviderGroupList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<MicrosoftEntraProviderGroup>,
}

#[cfg(feature = "providers")]
/// `PaginatedMicrosoftEntraProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedMicrosoftEntraProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<MicrosoftEntraProvider>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedMicrosoftEntraProviderMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedMicrosoftEntraProviderMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<MicrosoftEntraProviderMapping>,
}

#[cfg(feature = "providers")]
/// `PaginatedMicrosoftEntraProviderUserList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedMicrosoftEntraProviderUserList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<MicrosoftEntraProviderUser>,
}

#[cfg(feature = "stages")]
/// `PaginatedMutualTLSStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedMutualTLSStageList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<MutualTLSStage>,
}

#[cfg(feature = "events")]
/// `PaginatedNotificationList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedNotificationList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Notification>,
}

#[cfg(feature = "events")]
/// `PaginatedNotificationRuleList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedNotificationRuleList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<NotificationRule>,
}

#[cfg(feature = "events")]
/// `PaginatedNotificationTransportList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedNotificationTransportList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<NotificationTransport>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedNotificationWebhookMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedNotificationWebhookMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<NotificationWebhookMapping>,
}

#[cfg(feature = "providers")]
/// `PaginatedOAuth2DynamicClientRegistrationList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedOAuth2DynamicClientRegistrationList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<OAuth2DynamicClientRegistration>,
}

#[cfg(feature = "providers")]
/// `PaginatedOAuth2ProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedOAuth2ProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<OAuth2Provider>,
}

#[cfg(feature = "sources")]
/// `PaginatedOAuthSourceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedOAuthSourceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<OAuthSource>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedOAuthSourcePropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedOAuthSourcePropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<OAuthSourcePropertyMapping>,
}

#[cfg(feature = "core")]
/// `PaginatedObjectAttributeList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedObjectAttributeList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<ObjectAttribute>,
}

#[cfg(feature = "outposts")]
/// `PaginatedOutpostList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedOutpostList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Outpost>,
}

#[cfg(feature = "policies")]
/// `PaginatedPasswordExpiryPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPasswordExpiryPolicyList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<PasswordExpiryPolicy>,
}

#[cfg(feature = "policies")]
/// `PaginatedPasswordPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPasswordPolicyList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<PasswordPolicy>,
}

#[cfg(feature = "stages")]
/// `PaginatedPasswordStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPasswordStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<PasswordStage>,
}

#[cfg(feature = "rbac")]
/// `PaginatedPermissionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPermissionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Permission>,
}

#[cfg(feature = "sources")]
/// `PaginatedPlexSourceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPlexSourceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<PlexSource>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedPlexSourcePropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPlexSourcePropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<PlexSourcePropertyMapping>,
}

#[cfg(feature = "policies")]
/// `PaginatedPolicyBindingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPolicyBindingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<PolicyBinding>,
}

#[cfg(feature = "policies")]
/// `PaginatedPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPolicyList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Policy>,
}

#[cfg(feature = "stages")]
/// `PaginatedPromptList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPromptList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Prompt>,
}

#[cfg(feature = "stages")]
/// `PaginatedPromptStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPromptStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<PromptStage>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedPropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedPropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<PropertyMapping>,
}

#[cfg(feature = "providers")]
/// `PaginatedProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Provider>,
}

#[cfg(feature = "outposts")]
/// `PaginatedProxyOutpostConfigList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedProxyOutpostConfigList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ProxyOutpostConfig>,
}

#[cfg(feature = "providers")]
/// `PaginatedProxyProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedProxyProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ProxyProvider>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedRACPropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRACPropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<RACPropertyMapping>,
}

#[cfg(feature = "providers")]
/// `PaginatedRACProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRACProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<RACProvider>,
}

#[cfg(feature = "outposts")]
/// `PaginatedRadiusOutpostConfigList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRadiusOutpostConfigList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<RadiusOutpostConfig>,
}

#[cfg(feature = "providers")]
/// `PaginatedRadiusProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRadiusProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<RadiusProvider>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedRadiusProviderPropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRadiusProviderPropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<RadiusProviderPropertyMapping>,
}

#[cfg(feature = "stages")]
/// `PaginatedRedirectStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRedirectStageList {
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<RedirectStage>,
}

#[cfg(feature = "policies")]
/// `PaginatedReputationList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedReputationList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Reputation>,
}

#[cfg(feature = "policies")]
/// `PaginatedReputationPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedReputationPolicyList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ReputationPolicy>,
}

#[cfg(feature = "requests")]
/// `PaginatedRequestRuleBindingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRequestRuleBindingList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<RequestRuleBinding>,
}

#[cfg(feature = "requests")]
/// `PaginatedRequestRuleChildBindingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRequestRuleChildBindingList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<RequestRuleChildBinding>,
}

#[cfg(feature = "requests")]
/// `PaginatedRequestRuleList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRequestRuleList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<RequestRule>,
}

#[cfg(feature = "core")]
/// `PaginatedRequestableTargetList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRequestableTargetList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<RequestableTarget>,
}

#[cfg(feature = "rbac")]
/// `PaginatedRoleAssignedObjectPermissionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRoleAssignedObjectPermissionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<RoleAssignedObjectPermission>,
}

#[cfg(feature = "rbac")]
/// `PaginatedRoleList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedRoleList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Role>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedSAMLPropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSAMLPropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SAMLPropertyMapping>,
}

#[cfg(feature = "providers")]
/// `PaginatedSAMLProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSAMLProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SAMLProvider>,
}

#[cfg(feature = "sources")]
/// `PaginatedSAMLSourceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSAMLSourceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SAMLSource>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedSAMLSourcePropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSAMLSourcePropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SAMLSourcePropertyMapping>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedSCIMMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSCIMMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SCIMMapping>,
}

#[cfg(feature = "providers")]
/// `PaginatedSCIMProviderGroupList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSCIMProviderGroupList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SCIMProviderGroup>,
}

#[cfg(feature = "providers")]
/// `PaginatedSCIMProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSCIMProviderList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SCIMProvider>,
}

#[cfg(feature = "providers")]
/// `PaginatedSCIMProviderUserList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSCIMProviderUserList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SCIMProviderUser>,
}

#[cfg(feature = "sources")]
/// `PaginatedSCIMSourceGroupList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSCIMSourceGroupList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SCIMSourceGroup>,
}

#[cfg(feature = "sources")]
/// `PaginatedSCIMSourceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSCIMSourceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SCIMSource>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedSCIMSourcePropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSCIMSourcePropertyMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SCIMSourcePropertyMapping>,
}

#[cfg(feature = "sources")]
/// `PaginatedSCIMSourceUserList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSCIMSourceUserList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SCIMSourceUser>,
}

#[cfg(feature = "authenticators")]
/// `PaginatedSMSDeviceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSMSDeviceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SMSDevice>,
}

#[cfg(feature = "providers")]
/// `PaginatedSSFProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSSFProviderList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<SSFProvider>,
}

#[cfg(feature = "ssf")]
/// `PaginatedSSFStreamList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSSFStreamList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<SSFStream>,
}

#[cfg(feature = "tasks")]
/// `PaginatedScheduleList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedScheduleList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<Schedule>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedScopeMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedScopeMappingList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ScopeMapping>,
}

#[cfg(feature = "outposts")]
/// `PaginatedServiceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedServiceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<ServiceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedSourceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSourceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Source>,
}

#[cfg(feature = "stages")]
/// `PaginatedSourceStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedSourceStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<SourceStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Stage>,
}

#[cfg(feature = "authenticators")]
/// `PaginatedStaticDeviceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedStaticDeviceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<StaticDevice>,
}

#[cfg(feature = "authenticators")]
/// `PaginatedTOTPDeviceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedTOTPDeviceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<TOTPDevice>,
}

#[cfg(feature = "tasks")]
/// `PaginatedTaskList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedTaskList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<Task>,
}

#[cfg(feature = "sources")]
/// `PaginatedTelegramSourceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedTelegramSourceList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<TelegramSource>,
}

#[cfg(feature = "propertymappings")]
/// `PaginatedTelegramSourcePropertyMappingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedTelegramSourcePropertyMappingList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<TelegramSourcePropertyMapping>,
}

#[cfg(feature = "tenants")]
/// `PaginatedTenantList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedTenantList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Tenant>,
}

#[cfg(feature = "core")]
/// `PaginatedTokenList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedTokenList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<Token>,
}

#[cfg(feature = "oauth2")]
/// `PaginatedTokenModelList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedTokenModelList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<TokenModel>,
}

#[cfg(feature = "policies")]
/// `PaginatedUniquePasswordPolicyList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUniquePasswordPolicyList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<UniquePasswordPolicy>,
}

#[cfg(feature = "core")]
/// `PaginatedUserConsentList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserConsentList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserConsent>,
}

#[cfg(feature = "stages")]
/// `PaginatedUserDeleteStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserDeleteStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserDeleteStage>,
}

#[cfg(feature = "sources")]
/// `PaginatedUserKerberosSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserKerberosSourceConnectionList {
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserKerberosSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedUserLDAPSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserLDAPSourceConnectionList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<UserLDAPSourceConnection>,
}

#[cfg(feature = "core")]
/// `PaginatedUserList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<User>,
}

#[cfg(feature = "stages")]
/// `PaginatedUserLoginStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserLoginStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserLoginStage>,
}

#[cfg(feature = "stages")]
/// `PaginatedUserLogoutStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserLogoutStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserLogoutStage>,
}

#[cfg(feature = "sources")]
/// `PaginatedUserOAuthSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserOAuthSourceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserOAuthSourceConnection>,
}

#[cfg(feature = "lifecycle")]
/// `PaginatedUserOffboardingList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserOffboardingList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<UserOffboarding>,
}

#[cfg(feature = "sources")]
/// `PaginatedUserPlexSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserPlexSourceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserPlexSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedUserSAMLSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserSAMLSourceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserSAMLSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedUserSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserSourceConnectionList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserSourceConnection>,
}

#[cfg(feature = "sources")]
/// `PaginatedUserTelegramSourceConnectionList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserTelegramSourceConnectionList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<UserTelegramSourceConnection>,
}

#[cfg(feature = "stages")]
/// `PaginatedUserWriteStageList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedUserWriteStageList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<UserWriteStage>,
}

#[cfg(feature = "providers")]
/// `PaginatedWSFederationProviderList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedWSFederationProviderList {
    pub autocomplete: Autocomplete,
    pub pagination: Pagination,
    pub results: Vec<WSFederationProvider>,
}

#[cfg(feature = "authenticators")]
/// `PaginatedWebAuthnDeviceList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedWebAuthnDeviceList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<WebAuthnDevice>,
}

#[cfg(feature = "stages")]
/// `PaginatedWebAuthnDeviceTypeList`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PaginatedWebAuthnDeviceTypeList {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autocomplete: Option<Autocomplete>,
    pub pagination: Pagination,
    pub results: Vec<WebAuthnDeviceType>,
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
/// `Pagination`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Pagination {
    pub count: f64,
    pub current: f64,
    pub end_index: f64,
    pub next: f64,
    pub previous: f64,
    pub start_index: f64,
    pub total_pages: f64,
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
/// Partial Group Serializer, does not include child relations.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PartialGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Users added to this group will be superusers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    pub name: String,
    /// Get a numerical, int32 ID for the group
    pub num_pk: i64,
    pub pk: ::uuid::Uuid,
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
/// Partial User Serializer, does not include child relations.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PartialUser {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_login: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// User's display name.
    pub name: String,
    pub pk: i64,
    pub uid: String,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
}

#[cfg(feature = "flows")]
/// Password challenge UI fields
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_show_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Password challenge response
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub password: String,
}

#[cfg(feature = "policies")]
/// Password Expiry Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordExpiryPolicy {
    /// Return objects policy is bound to
    pub bound_to: i64,
    /// Get object component so that we know how to edit the object
    pub component: String,
    pub days: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_only: Option<bool>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "policies")]
/// Password Expiry Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordExpiryPolicyRequest {
    pub days: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_only: Option<bool>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    pub name: String,
}

#[cfg(feature = "policies")]
/// Password Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_digits: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_lowercase: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_symbols: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_uppercase: Option<u32>,
    /// Return objects policy is bound to
    pub bound_to: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_have_i_been_pwned: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_static_rules: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_zxcvbn: Option<bool>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// How many times the password hash is allowed to be on haveibeenpwned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hibp_allowed_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_min: Option<u32>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    /// Field key to check, field keys defined in Prompt stages are available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_field: Option<String>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol_charset: Option<String>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    /// If the zxcvbn score is equal or less than this value, the policy will fail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zxcvbn_score_threshold: Option<u32>,
}

#[cfg(feature = "policies")]
/// Password Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordPolicyRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_digits: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_lowercase: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_symbols: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_uppercase: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_have_i_been_pwned: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_static_rules: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_zxcvbn: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// How many times the password hash is allowed to be on haveibeenpwned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hibp_allowed_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_min: Option<u32>,
    pub name: String,
    /// Field key to check, field keys defined in Prompt stages are available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol_charset: Option<String>,
    /// If the zxcvbn score is equal or less than this value, the policy will fail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zxcvbn_score_threshold: Option<u32>,
}

#[cfg(feature = "stages")]
/// PasswordStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordStage {
    /// When enabled, provides a 'show password' button with the password input field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_show_password: Option<bool>,
    /// Selection of backends to test the password against.
    pub backends: Vec<BackendsEnum>,
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// How many attempts a user has before the flow is canceled. To lock the user out, use a reputation policy and a user_write stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_attempts_before_cancel: Option<i32>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// PasswordStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordStageRequest {
    /// When enabled, provides a 'show password' button with the password input field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_show_password: Option<bool>,
    /// Selection of backends to test the password against.
    pub backends: Vec<BackendsEnum>,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// How many attempts a user has before the flow is canceled. To lock the user out, use a reputation policy and a user_write stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_attempts_before_cancel: Option<i32>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
}

#[cfg(feature = "stages")]
/// AccountLockdownStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAccountLockdownStageRequest {
    /// Deactivate the user account (set is_active to False)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivate_user: Option<bool>,
    /// Delete all active sessions for the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_sessions: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Revoke all tokens for the user (API, app password, recovery, verification, OAuth)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_tokens: Option<bool>,
    /// Flow to redirect users to after self-service lockdown. This flow should not require authentication since the user's session is deleted.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub self_service_completion_flow: Option<Option<::uuid::Uuid>>,
    /// Set an unusable password for the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_unusable_password: Option<bool>,
}

#[cfg(feature = "endpoints")]
/// `PatchedAgentConnectorRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAgentConnectorRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_session_duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_terminate_session_on_expiry: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authorization_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_idle_timeout: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub challenge_key: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_trigger_check_in: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nss_gid_offset: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nss_uid_offset: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_interval: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_expiry: Option<String>,
}

#[cfg(feature = "agents")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAgentRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_login: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// User's display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `PatchedAppleIndependentSecureEnclaveRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAppleIndependentSecureEnclaveRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple_enclave_key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple_secure_enclave_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    /// The user that this device belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "core")]
/// ApplicationEntitlement Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedApplicationEntitlementRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<::uuid::Uuid>,
    /// Nullable in 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "core")]
/// Application Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedApplicationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_providers: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    /// Hide this application from the user's My applications page.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_hide: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_icon: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_launch_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_publisher: Option<String>,
    /// Application's display Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Open launch URL in a new browser tab or window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_in_new_tab: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub provider: Option<Option<i64>>,
    /// Internal application name, used in URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorDuoStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAuthenticatorDuoStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_integration_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_secret_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_hostname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorEmailStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAuthenticatorEmailStageRequest {
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry: Option<String>,
    /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_global_settings: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorEndpointGDTCStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAuthenticatorEndpointGDTCStageRequest {
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub credentials: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorSMSStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAuthenticatorSMSStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_sid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<AuthTypeEnum>,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_number: Option<String>,
    /// Optionally modify the payload being sent to custom providers.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub mapping: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<ProviderEnum>,
    /// When enabled, the Phone number is only used during enrollment to verify the users authenticity. Only a hash of the phone number is saved to ensure it is not reused in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_only: Option<bool>,
}

#[cfg(feature = "stages")]
/// AuthenticatorStaticStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAuthenticatorStaticStageRequest {
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_length: Option<u32>,
}

#[cfg(feature = "stages")]
/// AuthenticatorTOTPStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAuthenticatorTOTPStageRequest {
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digits: Option<DigitsEnum>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "stages")]
/// AuthenticatorValidateStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAuthenticatorValidateStageRequest {
    /// Stages used to configure Authenticator when user doesn't have any compatible devices. After this configuration Stage passes, the user is not prompted again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration_stages: Option<Vec<::uuid::Uuid>>,
    /// Device classes which can be used to authenticate
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_classes: Option<Vec<DeviceClassesEnum>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_otp_throttling_factor: Option<f64>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// If any of the user's device has been used within this threshold, this stage will be skipped
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_auth_threshold: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_configured_action: Option<NotConfiguredActionEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_otp_throttling_factor: Option<f64>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_otp_throttling_factor: Option<f64>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_otp_throttling_factor: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_allowed_device_types: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_hints: Option<Vec<WebAuthnHintEnum>>,
    /// Enforce user verification for WebAuthn devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_user_verification: Option<UserVerificationEnum>,
}

#[cfg(feature = "stages")]
/// AuthenticatorWebAuthnStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedAuthenticatorWebAuthnStageRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authenticator_attachment: Option<Option<AuthenticatorAttachmentEnum>>,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type_restrictions: Option<Vec<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hints: Option<Vec<WebAuthnHintEnum>>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resident_key_requirement: Option<UserVerificationEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_verification: Option<UserVerificationEnum>,
}

#[cfg(feature = "managed")]
/// Info about a single blueprint instance file
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedBlueprintInstanceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub context: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

#[cfg(feature = "core")]
/// Brand Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedBrandRequest {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_custom_css: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_default_flow_background: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_favicon: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_logo: Option<String>,
    /// URL template for the vector tile source used by the events map. Supports XYZ templates with {z}, {x} and {y} placeholders, or pmtiles:// archive URLs. When empty, the frontend uses the bundled hexworld basemap. This value is part of the brand information served to unauthenticated clients; do not embed API keys or other credentials in it.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_map_tiles: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_title: Option<String>,
    /// Certificates used for client authentication.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_certificates: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// When set, external users will be redirected to this application after authenticating.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub default_application: Option<Option<::uuid::Uuid>>,
    /// Domain that activates this brand. Can be a superset, i.e. `a.b` for `aa.b` and `ba.b`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_authentication: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_device_code: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_invalidation: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_lockdown: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_recovery: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_request: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_unenrollment: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_user_settings: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow_user_switch: Option<Option<::uuid::Uuid>>,
    /// Web Certificate used by the authentik Core webserver.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub web_certificate: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "stages")]
/// CaptchaStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedCaptchaStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// When enabled and the received captcha score is outside of the given threshold, the stage will show an error message. When not enabled, the flow will continue, but the data from the captcha will be available in the context for policy decisions
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_on_invalid_score: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub js_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Private key, acquired your captcha Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key: Option<String>,
    /// Public key, acquired your captcha Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_content_type: Option<RequestContentTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_max_threshold: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_min_threshold: Option<f64>,
}

#[cfg(feature = "crypto")]
/// CertificateKeyPair Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedCertificateKeyPairRequest {
    /// PEM-encoded Certificate data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_data: Option<String>,
    /// Optional Private Key. If this is set, you can use this keypair for encryption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "rac")]
/// ConnectionToken Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedConnectionTokenRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<i64>,
}

#[cfg(feature = "stages")]
/// ConsentStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedConsentStageRequest {
    /// Offset after which consent expires. (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_expire_in: Option<String>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ConsentModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "stages")]
/// DenyStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedDenyStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_message: Option<String>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `PatchedDeviceAccessGroupRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedDeviceAccessGroupRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "endpoints")]
/// PolicyBinding Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedDeviceUserBindingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Result if the Policy execution fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_result: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Negates the outcome of the policy. Messages are unaffected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negate: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub policy: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
    /// Timeout after which Policy execution is terminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
}

#[cfg(feature = "outposts")]
/// DockerServiceConnection Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedDockerServiceConnectionRequest {
    /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Certificate/Key used for authentication. Can be left empty for no authentication.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub tls_authentication: Option<Option<::uuid::Uuid>>,
    /// CA which the endpoint's Certificate is verified against. Can be left empty for no validation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub tls_verification: Option<Option<::uuid::Uuid>>,
    /// Can be in the format of 'unix://<path>' when connecting to a local docker daemon, or 'https://<hostname>:2376' when connecting to a remote system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[cfg(feature = "tenants")]
/// Domain Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedDomainRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<::uuid::Uuid>,
}

#[cfg(feature = "policies")]
/// Dummy Policy Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedDummyPolicyRequest {
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_max: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_min: Option<i32>,
}

#[cfg(feature = "stages")]
/// DummyStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedDummyStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throw_error: Option<bool>,
}

#[cfg(feature = "authenticators")]
/// Serializer for Duo authenticator devices
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedDuoDeviceRequest {
    /// The human-readable name of this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "authenticators")]
/// Serializer for email authenticator devices
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedEmailDeviceRequest {
    /// The human-readable name of this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "stages")]
/// EmailStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedEmailStageRequest {
    /// Activate users upon completion of stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activate_user_on_success: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// The time window used to count recent account recovery attempts. If the number of attempts exceed recovery_max_attempts within this period, further attempts will be rate-limited. (Format: hours=1;minutes=2;seconds=3).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_cache_timeout: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_max_attempts: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    /// Time the token sent is valid (Format: hours=3,minutes=17,seconds=300).
    ///
    /// Was `integer(i32)` in 2024.8.3, 2024.12.1: such values are kept as raw JSON (`Versioned::Legacy`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_expiry: Option<super::runtime::compat::Versioned<String>>,
    /// When enabled, global Email connection settings will be used and connection settings below will be ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_global_settings: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_ssl: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_tls: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `PatchedEndpointDeviceRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedEndpointDeviceRequest {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_group: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_group_obj: Option<DeviceAccessGroupRequest>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_uuid: Option<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
}

#[cfg(feature = "rac")]
/// Endpoint Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedEndpointRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_mode: Option<EndpointAuthModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_connections: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<ProtocolEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<i64>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub settings: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
}

#[cfg(feature = "stages")]
/// EndpointStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedEndpointStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<StageModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `PatchedEnrollmentTokenRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedEnrollmentTokenRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector: Option<::uuid::Uuid>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub device_group: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "policies")]
/// Event Matcher Policy Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedEventMatcherPolicyRequest {
    /// Match created events with this action type. When left empty, all action types will be matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub action: Option<Option<EventActions>>,
    /// Match events created by selected application. When left empty, all applications are matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub app: Option<Option<AppEnum>>,
    /// Matches Event's Client IP (strict matching, for network matching use an Expression Policy)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_ip: Option<Option<String>>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Match events created by selected model. When left empty, all models are matched. When an app is selected, all the application's models are matched.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub model: Option<Option<ModelEnum>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub query: Option<Option<String>>,
}

#[cfg(feature = "events")]
/// Event Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedEventRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<EventActions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub brand: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_ip: Option<Option<String>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub context: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<::std::collections::BTreeMap<String, ::serde_json::Value>>>,
}

#[cfg(feature = "policies")]
/// Group Membership Policy Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedExpressionPolicyRequest {
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "endpoints")]
/// FleetConnector Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedFleetConnectorRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub headers_mapping: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_teams_access_group: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_users: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[cfg(feature = "flows")]
/// Flow Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedFlowRequest {
    /// Required level of authentication and authorization to access a flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<AuthenticationEnum>,
    /// Background shown during execution
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// Enable compatibility mode, increases compatibility with password managers on mobile devices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<bool>,
    /// Configure what should happen when a flow denies access to a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_action: Option<DeniedActionEnum>,
    /// Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designation: Option<FlowDesignationEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<FlowLayoutEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Visible in the URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Shown as the Title in Flow pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[cfg(feature = "flows")]
/// FlowStageBinding Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedFlowStageBindingRequest {
    /// Evaluate policies during the Flow planning process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluate_on_plan: Option<bool>,
    /// Configure how the flow executor should handle an invalid response to a challenge. RETRY returns the error message and a similar challenge to the executor. RESTART restarts the flow from the beginning, and RESTART_WITH_CONTEXT restarts the flow while keeping the current context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_response_action: Option<InvalidResponseActionEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Evaluate policies when the Stage is presented to the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub re_evaluate_policies: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
}

#[cfg(feature = "policies")]
/// GeoIP Policy Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGeoIPPolicyRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asns: Option<Vec<i32>>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_history_distance: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_impossible_travel: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countries: Option<Vec<CountryCodeEnum>>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_tolerance_km: Option<u32>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history_login_count: Option<u32>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history_max_distance_km: Option<i64>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impossible_tolerance_km: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "endpoints")]
/// GoogleChromeConnector Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGoogleChromeConnectorRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_uuid: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "authenticators")]
/// Serializer for Endpoint authenticator devices
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGoogleEndpointDeviceRequest {
    /// The human-readable name of this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
}

#[cfg(feature = "propertymappings")]
/// GoogleWorkspaceProviderMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGoogleWorkspaceProviderMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "providers")]
/// GoogleWorkspaceProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGoogleWorkspaceProviderRequest {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub credentials: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_group_email_domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegated_subject: Option<String>,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_delete_action: Option<OutgoingSyncDeleteAction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_delete_action: Option<OutgoingSyncDeleteAction>,
}

#[cfg(feature = "requests")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGrantRequestFulfillRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RequestStatus>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGroupKerberosSourceConnectionRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGroupLDAPSourceConnectionRequest {
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGroupOAuthSourceConnectionRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGroupPlexSourceConnectionRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "core")]
/// Group Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGroupRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Users added to this group will be superusers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub parent: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<i64>>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGroupSAMLSourceConnectionRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGroupSourceConnectionRequest {
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "sources")]
/// Group Source Connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedGroupTelegramSourceConnectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "stages")]
/// IdentificationStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedIdentificationStageRequest {
    /// When set, adds functionality exactly like a Captcha stage, but baked into the Identification stage.
    ///
    /// Not in the schema of 2024.8.3.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub captcha_stage: Option<Option<::uuid::Uuid>>,
    /// When enabled, user fields are matched regardless of their casing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_insensitive_matching: Option<bool>,
    /// Show the user the 'Remember me on this device' toggle, allowing repeat users to skip straight to entering their password.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_remember_me: Option<bool>,
    /// Optional enrollment flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When set, shows a password field, instead of showing the password field as separate step.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub password_stage: Option<Option<::uuid::Uuid>>,
    /// Optional passwordless flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub passwordless_flow: Option<Option<::uuid::Uuid>>,
    /// When enabled, the stage will succeed and continue even when incorrect user info is entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pretend_user_exists: Option<bool>,
    /// Optional recovery flow, which is linked at the bottom of the page.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub recovery_flow: Option<Option<::uuid::Uuid>>,
    /// When a valid username/email has been entered, and this option is enabled, the user's username and avatar will be shown. Otherwise, the text that the user entered will be shown
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_matched_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_source_labels: Option<bool>,
    /// Specify which sources should be shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<::uuid::Uuid>>,
    /// Fields of the user object to match against. (Hold shift to select multiple options)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fields: Option<Vec<UserFieldsEnum>>,
    /// When set, and conditional WebAuthn is available, allow the user to use their passkey as a first factor.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webauthn_stage: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "rbac")]
/// InitialPermissions serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedInitialPermissionsRequest {
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub mode: Option<::serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<::uuid::Uuid>,
}

#[cfg(feature = "stages")]
/// Invitation Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedInvitationRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_data: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// When set, only the configured flow can use this invitation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When enabled, the invitation will be deleted after usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_use: Option<bool>,
}

#[cfg(feature = "stages")]
/// InvitationStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedInvitationStageRequest {
    /// If this flag is set, this Stage will jump to the next Stage when no Invitation is given. By default this Stage will cancel the Flow when no invitation is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continue_flow_without_invitation: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "propertymappings")]
/// Kerberos PropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedKerberosSourcePropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// Kerberos Source Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedKerberosSourceRequest {
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// KAdmin server type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kadmin_type: Option<KadminTypeEnum>,
    /// Custom krb5.conf to use. Uses the system one by default
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub krb5_conf: Option<String>,
    /// Source's display Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// If enabled, the authentik-stored password will be updated upon login with the Kerberos password backend
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_login_update_internal_password: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Kerberos realm
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realm: Option<String>,
    /// Internal source name, used in URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Credential cache to use for SPNEGO in form type:residual
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_ccache: Option<String>,
    /// SPNEGO keytab base64-encoded or path to keytab in the form FILE:path
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_keytab: Option<String>,
    /// Force the use of a specific server name for SPNEGO. Must be in the form HTTP@hostname
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spnego_server_name: Option<String>,
    /// Credentials cache to authenticate to kadmin for sync. Must be in the form TYPE:residual
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_ccache: Option<String>,
    /// Keytab to authenticate to kadmin for sync. Must be base64-encoded or in the form TYPE:residual
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_keytab: Option<String>,
    /// When to trigger sync for outgoing providers
    ///
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum>,
    /// Password to authenticate to kadmin for sync
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_password: Option<String>,
    /// Principal to authenticate to kadmin for sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_principal: Option<String>,
    /// Sync users from Kerberos into authentik
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users: Option<bool>,
    /// When a user changes their password, sync it back to Kerberos
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users_password: Option<bool>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "outposts")]
/// KubernetesServiceConnection Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedKubernetesServiceConnectionRequest {
    /// Paste your kubeconfig here. authentik will automatically use the currently selected context.
    ///
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub kubeconfig: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Verify SSL Certificates of the Kubernetes API endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_ssl: Option<bool>,
}

#[cfg(feature = "providers")]
/// LDAPProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedLDAPProviderRequest {
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    /// DN under which objects are accessible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_dn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_mode: Option<LDAPAPIAccessMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    /// The start for gidNumbers, this number is added to a number generated from the group.pk to make sure that the numbers aren't too low for POSIX groups. Default is 4000 to ensure that we don't collide with local groups or users primary groups gidNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid_start_number: Option<i32>,
    /// Flow used ending the session from a provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_support: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_mode: Option<LDAPAPIAccessMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_server_name: Option<String>,
    /// The start for uidNumbers, this number is added to the user.pk to make sure that the numbers aren't too low for POSIX users. Default is 2000 to ensure that we don't collide with local users uidNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid_start_number: Option<i32>,
}

#[cfg(feature = "propertymappings")]
/// LDAP PropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedLDAPSourcePropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// LDAP Source Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedLDAPSourceRequest {
    /// Prepended to Base DN for Group-queries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_group_dn: Option<String>,
    /// Prepended to Base DN for User-queries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_user_dn: Option<String>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_dn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_cn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_password: Option<String>,
    /// Client certificate to authenticate against the LDAP Server's Certificate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub client_certificate: Option<Option<::uuid::Uuid>>,
    /// Delete authentik users and groups which were previously supplied by this source, but are now missing from it.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_not_found_objects: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// Field which contains members of a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_membership_field: Option<String>,
    /// Consider Objects matching this filter to be Groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_object_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Lookup group membership based on a user attribute instead of a group attribute. This allows nested group resolution on systems like FreeIPA and Active Directory
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_groups_from_user: Option<bool>,
    /// Source's display Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Field which contains a unique Identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_uniqueness_field: Option<String>,
    /// Update internal authentik password when login succeeds with LDAP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_login_update_internal_password: Option<bool>,
    /// Optionally verify the LDAP Server's Certificate against the CA Chain in this keypair.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub peer_certificate: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_uri: Option<String>,
    /// Internal source name, used in URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sni: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_tls: Option<bool>,
    /// Sync group parentage/hierarchy from LDAP directories.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_group_hierarchy: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_groups: Option<bool>,
    /// When to trigger sync for outgoing providers
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_outgoing_trigger_mode: Option<SyncOutgoingTriggerModeEnum>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub sync_parent_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users: Option<bool>,
    /// When a user changes their password, sync it back to LDAP. This can only be enabled on a single LDAP source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_users_password: Option<bool>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    /// Attribute which matches the value of `group_membership_field`.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_membership_attribute: Option<String>,
    /// Consider Objects matching this filter to be Users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_object_filter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "enterprise")]
/// License Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedLicenseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

#[cfg(feature = "lifecycle")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedLifecycleRuleRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<ContentTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grace_period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers_is_per_group: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Select which transports should be used to notify the reviewers. If none are selected, the notification will only be shown in the authentik UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_transports: Option<Vec<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub object_id: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer_groups: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "propertymappings")]
/// MicrosoftEntraProviderMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedMicrosoftEntraProviderMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "providers")]
/// MicrosoftEntraProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedMicrosoftEntraProviderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_delete_action: Option<OutgoingSyncDeleteAction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_delete_action: Option<OutgoingSyncDeleteAction>,
}

#[cfg(feature = "stages")]
/// MutualTLSStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedMutualTLSStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_attribute: Option<CertAttributeEnum>,
    /// Configure certificate authorities to validate the certificate against. This option has a higher priority than the `client_certificate` option on `Brand`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_authorities: Option<Vec<::uuid::Uuid>>,
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<StageModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_attribute: Option<UserAttributeEnum>,
}

#[cfg(feature = "events")]
/// Notification Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedNotificationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventRequest>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub hyperlink: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub hyperlink_label: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<bool>,
}

#[cfg(feature = "events")]
/// NotificationRule Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedNotificationRuleRequest {
    /// When enabled, notification will be sent to user the user that triggered the event.When destination_group is configured, notification is sent to both.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_event_user: Option<bool>,
    /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub destination_group: Option<Option<::uuid::Uuid>>,
    /// Define which group of users this notification should be sent and shown to. If left empty, Notification won't ben sent.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Controls which severity level the created notifications will have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<SeverityEnum>,
    /// Select which transports should be used to notify the user. If none are selected, the notification will only be shown in the authentik UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transports: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "events")]
/// NotificationTransport Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedNotificationTransportRequest {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_subject_prefix: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<TransportModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Only send notification once, for example when sending a webhook into a chat channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_once: Option<bool>,
    /// When set, the selected certificate is used to validate the certificate of the webhook server.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_ca: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping: Option<Option<::uuid::Uuid>>,
    /// Customize the body of the request. Mapping should return data that is JSON-serializable.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping_body: Option<Option<::uuid::Uuid>>,
    /// Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub webhook_mapping_headers: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<String>,
}

#[cfg(feature = "propertymappings")]
/// NotificationWebhookMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedNotificationWebhookMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "providers")]
/// Serializer for OAuth2DynamicClientRegistration
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedOAuth2DynamicClientRegistrationRequest {
    /// Maximum access token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// If empty, all grant types are allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_grant_types: Option<Vec<GrantTypeEnum>>,
    /// Group to assign to automatically created applications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_application_group: Option<String>,
    /// Authorization flow applied to dynamically registered clients.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub override_authorization_flow: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub override_invalidation_flow: Option<Option<::uuid::Uuid>>,
    /// Scope mappings applied to dynamically registered clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<i64>,
    /// Maximum refresh token validity for registered clients (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
}

#[cfg(feature = "providers")]
/// OAuth2Provider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedOAuth2ProviderRequest {
    /// Access codes not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_validity: Option<String>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_type: Option<ClientTypeEnum>,
    /// Key used to encrypt the tokens. When set, tokens will be encrypted and returned as JWEs.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_key: Option<Option<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<GrantTypeEnum>>,
    /// Include User claims from scopes in the id_token, for applications that don't access the userinfo endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_claims_in_id_token: Option<bool>,
    /// Flow used ending the session from a provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    /// Configure how the issuer field of the ID Token should be filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_mode: Option<IssuerModeEnum>,
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_sources: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_sources: Option<Vec<::uuid::Uuid>>,
    /// Backchannel logs out with server to server calls. Frontchannel uses iframes in your browser
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_method: Option<OAuth2ProviderLogoutMethodEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// A newline-separated string before 2024.12.1: read in either form, written as a string for older servers.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::compat::deserialize_urls_opt",
        serialize_with = "compat_serialize_patched_o_auth2_provider_request_redirect_uris",
    )]
    pub redirect_uris: Option<Vec<RedirectURIRequest>>,
    /// When refreshing a token, if the refresh token is valid for less than this duration, it will be renewed. When set to seconds=0, token will always be renewed. (Format: hours=1;minutes=2;seconds=3).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_threshold: Option<String>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
    /// Key used to sign the tokens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_key: Option<Option<::uuid::Uuid>>,
    /// Configure what data should be used as unique User Identifier. For most cases, the default should be fine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mode: Option<SubModeEnum>,
}
#[cfg(feature = "providers")]
fn compat_serialize_patched_o_auth2_provider_request_redirect_uris<
    S: ::serde::Serializer,
>(value: &Option<Vec<RedirectURIRequest>>, serializer: S) -> Result<S::Ok, S::Error> {
    super::runtime::compat::serialize_urls_opt(value, "2024.12.1", serializer)
}

#[cfg(feature = "propertymappings")]
/// OAuthSourcePropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedOAuthSourcePropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// OAuth Source Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedOAuthSourceRequest {
    /// URL used by authentik to retrieve tokens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_token_url: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_scopes: Option<String>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// How to perform authentication during an authorization_code token request flow
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_code_auth_method: Option<AuthorizationCodeAuthMethodEnum>,
    /// URL the user is redirect to to conest the flow.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authorization_url: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consumer_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Source's display Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub oidc_jwks: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_jwks_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_well_known_url: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pkce: Option<PKCEMethodEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// URL used by authentik to get user information.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub profile_url: Option<Option<String>>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_type: Option<ProviderTypeEnum>,
    /// URL used to request the initial token. This URL is only required for OAuth 1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub request_token_url: Option<Option<String>>,
    /// Internal source name, used in URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "core")]
/// `PatchedObjectAttributeRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedObjectAttributeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_unique: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regex: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ObjectAttributeTypeEnum>,
}

#[cfg(feature = "outposts")]
/// Outpost Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedOutpostRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<i64>>,
    /// Select Service-Connection authentik should use to manage this outpost. Leave empty if authentik should not handle the deployment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub service_connection: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OutpostTypeEnum>,
}

#[cfg(feature = "policies")]
/// Password Expiry Policy Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPasswordExpiryPolicyRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_only: Option<bool>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "policies")]
/// Password Policy Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPasswordPolicyRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_digits: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_lowercase: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_symbols: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_uppercase: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_have_i_been_pwned: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_static_rules: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_zxcvbn: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// How many times the password hash is allowed to be on haveibeenpwned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hibp_allowed_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_min: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Field key to check, field keys defined in Prompt stages are available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol_charset: Option<String>,
    /// If the zxcvbn score is equal or less than this value, the policy will fail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zxcvbn_score_threshold: Option<u32>,
}

#[cfg(feature = "stages")]
/// PasswordStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPasswordStageRequest {
    /// When enabled, provides a 'show password' button with the password input field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_show_password: Option<bool>,
    /// Selection of backends to test the password against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backends: Option<Vec<BackendsEnum>>,
    /// Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub configure_flow: Option<Option<::uuid::Uuid>>,
    /// How many attempts a user has before the flow is canceled. To lock the user out, use a reputation policy and a user_write stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_attempts_before_cancel: Option<i32>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "rbac")]
/// Request to assign a new permission
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPermissionAssignRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_pk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}

#[cfg(feature = "propertymappings")]
/// PlexSourcePropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPlexSourcePropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// Plex Source Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPlexSourceRequest {
    /// Allow friends to authenticate, even if you don't share a server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_friends: Option<bool>,
    /// Which servers a user has to be a member of to be granted access. Empty list allows every server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_servers: Option<Vec<String>>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Client identifier used to talk to Plex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Source's display Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Plex token used to check friends
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plex_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Internal source name, used in URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "policies")]
/// PolicyBinding Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPolicyBindingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Result if the Policy execution fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_result: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    /// Negates the outcome of the policy. Messages are unaffected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negate: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub policy: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
    /// Timeout after which Policy execution is terminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
}

#[cfg(feature = "stages")]
/// Prompt Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPromptRequest {
    /// Name of the form field, also used to store the value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_key: Option<String>,
    /// Optionally pre-fill the input with an initial value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple default choices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_value_expression: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    /// Optionally provide a short hint that describes the expected input value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple choices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder_expression: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promptstage_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PromptTypeEnum>,
}

#[cfg(feature = "stages")]
/// PromptStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedPromptStageRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_policies: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "providers")]
/// ProxyProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedProxyProviderRequest {
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    /// Set a custom HTTP-Basic Authentication header based on values from authentik.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_enabled: Option<bool>,
    /// User/Group Attribute used for the password part of the HTTP-Basic Header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_password_attribute: Option<String>,
    /// User/Group Attribute used for the user part of the HTTP-Basic Header. If not set, the user's Email address is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_user_attribute: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_host: Option<String>,
    /// When enabled, this provider will intercept the authorization header and authenticate requests based on its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intercept_header_auth: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host: Option<String>,
    /// Validate SSL Certificates of upstream servers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host_ssl_validation: Option<bool>,
    /// Flow used ending the session from a provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_sources: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_sources: Option<Vec<::uuid::Uuid>>,
    /// Enable support for forwardAuth in traefik and nginx auth_request. Exclusive with internal_host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ProxyMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
    /// Regular expressions for which authentication is not required. Each new line is interpreted as a new Regular Expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_path_regex: Option<String>,
}

#[cfg(feature = "propertymappings")]
/// RACPropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRACPropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_settings: Option<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
    >,
}

#[cfg(feature = "providers")]
/// RACProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRACProviderRequest {
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_expiry: Option<String>,
    /// When set to true, connection tokens will be deleted upon disconnect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_token_on_disconnect: Option<bool>,
    /// Flow used ending the session from a provider.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub settings: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
}

#[cfg(feature = "propertymappings")]
/// RadiusProviderPropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRadiusProviderPropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "providers")]
/// RadiusProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRadiusProviderRequest {
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    /// List of CIDRs (comma-separated) that clients can connect from. A more specific CIDR will match before a looser one. Clients connecting from a non-specified CIDR will be dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_networks: Option<String>,
    /// Flow used ending the session from a provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_support: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Shared secret between clients and server to hash packets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_secret: Option<String>,
}

#[cfg(feature = "stages")]
/// RedirectStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRedirectStageRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_context: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<RedirectStageModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub target_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_static: Option<String>,
}

#[cfg(feature = "policies")]
/// Reputation Policy Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedReputationPolicyRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_ip: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_username: Option<bool>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
}

#[cfg(feature = "requests")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRequestRuleBindingRequest {
    /// The maximum duration a grant approved against this binding can last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_granted_max: Option<String>,
    /// How long a request against this binding stays pending before it automatically lapses if not approved or denied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_pending: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// `PatchedRequestRuleChildBindingRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRequestRuleChildBindingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRequestRuleRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers_is_per_group: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_mode: Option<NotificationModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_transports: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub request_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "rbac")]
/// Role serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedRoleRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "propertymappings")]
/// SAMLPropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSAMLPropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_name: Option<String>,
}

#[cfg(feature = "providers")]
/// SAMLProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSAMLProviderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_url: Option<String>,
    /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_before: Option<String>,
    /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_on_or_after: Option<String>,
    /// Value of the audience restriction field of the assertion. When left empty, no audience restriction will be added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_name_id_policy: Option<SAMLNameIDPolicyEnum>,
    /// Default relay_state value for IDP-initiated logins
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_relay_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow used ending the session from a provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    /// Also known as EntityID
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Also known as EntityID. Providing a value overrides the default issuer generated by authentik.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_method: Option<SAMLLogoutMethods>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub name_id_mapping: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_assertion: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_request: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Keypair used to sign outgoing Responses going to the Service Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    /// This determines how authentik sends the logout response back to the Service Provider.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_binding: Option<SAMLBindingsEnum>,
    /// Single Logout Service URL where the logout response should be sent.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_url: Option<String>,
    /// This determines how authentik sends the response back to the Service Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_binding: Option<SAMLBindingsEnum>,
    /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub verification_kp: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "propertymappings")]
/// SAMLSourcePropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSAMLSourcePropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// SAMLSource Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSAMLSourceRequest {
    /// Allows authentication flows initiated by the IdP. This can be a security risk, as no validation of the request ID is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_idp_initiated: Option<bool>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding_type: Option<BindingTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// When enabled, the IdP will re-authenticate the user even if a session exists.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Also known as Entity ID. Defaults the Metadata URL.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Also known as Entity ID. Defaults to the Metadata URL.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    /// Source's display Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id_policy: Option<SAMLNameIDPolicyEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Flow used before authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_authentication_flow: Option<::uuid::Uuid>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_assertion: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_response: Option<bool>,
    /// Keypair used to sign outgoing Responses going to the Identity Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    /// Optional URL if your IDP supports Single-Logout.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub slo_url: Option<Option<String>>,
    /// Internal source name, used in URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// URL that the initial Login request is sent to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_url: Option<String>,
    /// Time offset when temporary users should be deleted. This only applies if your IDP uses the NameID Format 'transient', and the user doesn't log out manually. (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_user_delete_after: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub verification_kp: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "propertymappings")]
/// SCIMMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSCIMMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "providers")]
/// SCIMProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSCIMProviderRequest {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_mode: Option<SCIMAuthenticationModeEnum>,
    /// OAuth Source used for authentication
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub auth_oauth: Option<Option<::uuid::Uuid>>,
    /// Additional OAuth parameters, such as grant_type
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_oauth_params: Option<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
    >,
    /// Alter authentik behavior for vendor-specific SCIM implementations.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<CompatibilityModeEnum>,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    /// Group filters used to define sync-scope for groups.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_filters: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    /// Cache duration for ServiceProviderConfig responses. Set minutes=0 to disable.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_provider_config_cache_timeout: Option<String>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    /// Authentication token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Base URL to SCIM requests, usually ends in /v2
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_certificates: Option<bool>,
}

#[cfg(feature = "sources")]
/// SCIMSourceGroup Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSCIMSourceGroupRequest {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "propertymappings")]
/// SCIMSourcePropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSCIMSourcePropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// SCIMSource Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSCIMSourceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Source's display Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Internal source name, used in URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "sources")]
/// SCIMSourceUser Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSCIMSourceUserRequest {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "authenticators")]
/// Serializer for sms authenticator devices
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSMSDeviceRequest {
    /// The human-readable name of this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "providers")]
/// SSFProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSSFProviderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_retention: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_auth_providers: Option<Vec<i64>>,
    /// Not in the schema of 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_verify_certificates: Option<bool>,
    /// Key used to sign the SSF Events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<::uuid::Uuid>,
}

#[cfg(feature = "tasks")]
/// `PatchedScheduleRequest`
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedScheduleRequest {
    /// When to schedule tasks
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crontab: Option<String>,
    /// Pause this schedule
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub rel_obj_id: Option<Option<String>>,
}

#[cfg(feature = "propertymappings")]
/// ScopeMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedScopeMappingRequest {
    /// Description shown to the user when consenting. If left empty, the user won't be informed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Scope name requested by the client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_name: Option<String>,
}

#[cfg(feature = "admin")]
/// Settings Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSettingsRequest {
    /// Configure how authentik should show avatars for users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatars: Option<String>,
    /// Configure the base URL under which this authentik instance is reachable, e.g. https://authentik.company
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Default token duration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_duration: Option<String>,
    /// Default token length
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_length: Option<u32>,
    /// Enable the ability for users to change their email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_email: Option<bool>,
    /// Enable the ability for users to change their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_name: Option<bool>,
    /// Enable the ability for users to change their username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_username: Option<bool>,
    /// Events will be deleted after this duration.(Format: weeks=3;days=2;hours=3,seconds=2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_retention: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<PatchedSettingsRequestFlags>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub footer_links: Option<::serde_json::Value>,
    /// When enabled, all the events caused by a user will be deleted upon the user's deletion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gdpr_compliance: Option<bool>,
    /// Globally enable/disable impersonation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonation: Option<bool>,
    /// Require administrators to provide a reason for impersonating a user.
    ///
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonation_require_reason: Option<bool>,
    /// Default page size for API responses, if no size was requested.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination_default_page_size: Option<u32>,
    /// Maximum page size
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination_max_page_size: Option<u32>,
    /// Reputation cannot decrease lower than this value. Zero or negative.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reputation_lower_limit: Option<i32>,
    /// Reputation cannot increase higher than this value. Zero or positive.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reputation_upper_limit: Option<u32>,
}

#[cfg(feature = "admin")]
/// `PatchedSettingsRequestFlags`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSettingsRequestFlags {
    /// Applications with no policies bound can be accessed by any user.
    pub core_default_app_access: bool,
    /// Include additional information in audit logs, may incur a performance penalty.
    pub enterprise_audit_include_expanded_diff: bool,
    /// Upon successful authentication, re-start authentication in other open tabs.
    pub flows_continuous_login: bool,
    /// Refresh other tabs after successful authentication.
    pub flows_refresh_others: bool,
}

#[cfg(feature = "stages")]
/// SourceStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedSourceStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "authenticators")]
/// Serializer for static authenticator devices
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedStaticDeviceRequest {
    /// The human-readable name of this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "authenticators")]
/// Serializer for totp authenticator devices
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedTOTPDeviceRequest {
    /// The human-readable name of this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "propertymappings")]
/// TelegramSourcePropertyMapping Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedTelegramSourcePropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// Source Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedTelegramSourceRequest {
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Telegram bot token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_token: Option<String>,
    /// Telegram bot username
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bot_username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Source's display Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Flow used before authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_authentication_flow: Option<::uuid::Uuid>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Request access to send messages from your bot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_message_access: Option<bool>,
    /// Internal source name, used in URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "tenants")]
/// Tenant Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedTenantRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_name: Option<String>,
}

#[cfg(feature = "core")]
/// Token Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedTokenRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<IntentEnum>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "policies")]
/// Password Uniqueness Policy Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUniquePasswordPolicyRequest {
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Number of passwords to check against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_historical_passwords: Option<u32>,
    /// Field key to check, field keys defined in Prompt stages are available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_field: Option<String>,
}

#[cfg(feature = "stages")]
/// UserDeleteStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserDeleteStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserKerberosSourceConnectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserLDAPSourceConnectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "stages")]
/// UserLoginStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserLoginStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Bind sessions created by this stage to the configured GeoIP location
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geoip_binding: Option<GeoipBindingEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Bind sessions created by this stage to the configured network
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_binding: Option<NetworkBindingEnum>,
    /// When set to a non-zero value, authentik will save a cookie with a longer expiry,to remember the device the user is logging in from. (Format: hours=-1;minutes=-2;seconds=-3)
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_device: Option<String>,
    /// Offset the session will be extended by when the user picks the remember me option. Default of 0 means that the remember me option will not be shown. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_me_offset: Option<String>,
    /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_duration: Option<String>,
    /// Terminate all other sessions of the user logging in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminate_other_sessions: Option<bool>,
}

#[cfg(feature = "stages")]
/// UserLogoutStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserLogoutStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserOAuthSourceConnectionRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_token: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserPlexSourceConnectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plex_token: Option<String>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "core")]
/// User Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<::uuid::Uuid>>,
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_login: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// User's display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<UserTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserSAMLSourceConnectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserSourceConnectionRequest {
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserTelegramSourceConnectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
}

#[cfg(feature = "stages")]
/// UserWriteStage Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedUserWriteStageRequest {
    /// When set, newly created users are inactive and cannot login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_users_as_inactive: Option<bool>,
    /// Optionally add newly created users to this group.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub create_users_group: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_creation_mode: Option<UserCreationModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<UserTypeEnum>,
}

#[cfg(feature = "providers")]
/// WSFederationProvider Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedWSFederationProviderRequest {
    /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_before: Option<String>,
    /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_on_or_after: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_name_id_policy: Option<SAMLNameIDPolicyEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow used ending the session from a provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub name_id_mapping: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_url: Option<String>,
    /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_version: Option<SamlVersionEnum>,
    /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_request: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Keypair used to sign outgoing Responses going to the Service Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wtrealm: Option<String>,
}

#[cfg(feature = "authenticators")]
/// Serializer for WebAuthn authenticator devices
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatchedWebAuthnDeviceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "rbac")]
/// Global permission
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Permission {
    pub app_label: String,
    /// Human-readable app label
    pub app_label_verbose: String,
    pub codename: String,
    pub id: i64,
    pub model: String,
    /// Human-readable model name
    pub model_verbose: String,
    pub name: String,
}

#[cfg(feature = "rbac")]
/// Request to assign a new permission
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PermissionAssignRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_pk: Option<String>,
    pub permissions: Vec<String>,
}

#[cfg(feature = "rbac")]
/// Result from assigning permissions to a user/role
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PermissionAssignResult {
    pub id: String,
}

#[cfg(feature = "flows")]
/// Challenge shown to the user in identification stage
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexAuthenticationChallenge {
    pub client_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    pub slug: String,
}

#[cfg(feature = "flows")]
/// Pseudo class for plex response
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexAuthenticationChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
}

#[cfg(feature = "sources")]
/// Plex Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexSource {
    /// Allow friends to authenticate, even if you don't share a server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_friends: Option<bool>,
    /// Which servers a user has to be a member of to be granted access. Empty list allows every server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_servers: Option<Vec<String>>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Client identifier used to talk to Plex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_themed_urls: Option<Option<ThemedUrls>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Source's display Name.
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Plex token used to check friends
    pub plex_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// PlexSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexSourcePropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// PlexSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexSourcePropertyMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "sources")]
/// Plex Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexSourceRequest {
    /// Allow friends to authenticate, even if you don't share a server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_friends: Option<bool>,
    /// Which servers a user has to be a member of to be granted access. Empty list allows every server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_servers: Option<Vec<String>>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Client identifier used to talk to Plex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Source's display Name.
    pub name: String,
    /// Plex token used to check friends
    pub plex_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "sources")]
/// Serializer to redeem a plex token
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlexTokenRedeemRequest {
    pub plex_token: String,
}

#[cfg(any(feature = "endpoints", feature = "policies"))]
/// Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Policy {
    /// Return objects policy is bound to
    pub bound_to: i64,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "agents")]
/// `PolicyBehaviorEnum`
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
/// PolicyBinding Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyBinding {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    /// Result if the Policy execution fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_result: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    pub group_obj: Option<PartialGroup>,
    /// Negates the outcome of the policy. Messages are unaffected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negate: Option<bool>,
    pub order: i32,
    pub pk: ::uuid::Uuid,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub policy: Option<Option<::uuid::Uuid>>,
    pub policy_obj: Option<Policy>,
    pub target: ::uuid::Uuid,
    /// Timeout after which Policy execution is terminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
    pub user_obj: Option<PartialUser>,
}

#[cfg(feature = "policies")]
/// PolicyBinding Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyBindingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Result if the Policy execution fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_result: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    /// Negates the outcome of the policy. Messages are unaffected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negate: Option<bool>,
    pub order: i32,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub policy: Option<Option<::uuid::Uuid>>,
    pub target: ::uuid::Uuid,
    /// Timeout after which Policy execution is terminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
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

#[cfg(feature = "policies")]
/// Test policy execution for a user with context
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyTestRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub user: i64,
}

#[cfg(any(feature = "core", feature = "outposts", feature = "policies"))]
/// result of a policy test
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyTestResult {
    pub log_messages: Vec<LogEvent>,
    pub messages: Vec<String>,
    pub passing: bool,
}

#[cfg(feature = "endpoints")]
/// `Process`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Process {
    pub id: i64,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `ProcessRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProcessRequest {
    pub id: i64,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

#[cfg(feature = "stages")]
/// Prompt Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Prompt {
    /// Name of the form field, also used to store the value
    pub field_key: String,
    /// Optionally pre-fill the input with an initial value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple default choices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_value_expression: Option<bool>,
    pub label: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    pub pk: ::uuid::Uuid,
    /// Optionally provide a short hint that describes the expected input value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple choices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder_expression: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_stages_obj: Option<Vec<PromptStage>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promptstage_set: Option<Vec<Stage>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_text: Option<String>,
    pub r#type: PromptTypeEnum,
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// Initial challenge being sent, define fields
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PromptChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub fields: Vec<StagePrompt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// Validate response, fields are dynamically created based
/// on the stage
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PromptChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// Properties beyond the ones listed above.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// Serializer for a single Choice field
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PromptChoice {
    pub label: String,
    pub value: String,
}

#[cfg(feature = "stages")]
/// Prompt Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PromptRequest {
    /// Name of the form field, also used to store the value
    pub field_key: String,
    /// Optionally pre-fill the input with an initial value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple default choices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_value_expression: Option<bool>,
    pub label: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    /// Optionally provide a short hint that describes the expected input value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple choices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder_expression: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promptstage_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_text: Option<String>,
    pub r#type: PromptTypeEnum,
}

#[cfg(feature = "stages")]
/// PromptStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PromptStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    pub fields: Vec<::uuid::Uuid>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_policies: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// PromptStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PromptStageRequest {
    pub fields: Vec<::uuid::Uuid>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_policies: Option<Vec<::uuid::Uuid>>,
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
/// PropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "providers")]
/// Preview how the current user is mapped via the property mappings selected in a provider
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PropertyMappingPreview {
    pub preview: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}

#[cfg(feature = "propertymappings")]
/// Test property mapping execution for a user/group with context
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PropertyMappingTestRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
}

#[cfg(feature = "propertymappings")]
/// Result of a Property-mapping test
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PropertyMappingTestResult {
    pub result: String,
    pub successful: bool,
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
/// Provider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Provider {
    /// Application's display Name.
    pub assigned_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: Option<String>,
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
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
/// Proxy provider serializer for outposts
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProxyOutpostConfig {
    /// Get token validity as second count
    pub access_token_validity: Option<f64>,
    /// Application's display Name.
    pub assigned_application_name: String,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: String,
    /// Set a custom HTTP-Basic Authentication header based on values from authentik.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_enabled: Option<bool>,
    /// User/Group Attribute used for the password part of the HTTP-Basic Header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_password_attribute: Option<String>,
    /// User/Group Attribute used for the user part of the HTTP-Basic Header. If not set, the user's Email address is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_user_attribute: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_secret: Option<String>,
    pub external_host: String,
    /// When enabled, this provider will intercept the authorization header and authenticate requests based on its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intercept_header_auth: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host: Option<String>,
    /// Validate SSL Certificates of upstream servers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host_ssl_validation: Option<bool>,
    /// Enable support for forwardAuth in traefik and nginx auth_request. Exclusive with internal_host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ProxyMode>,
    pub name: String,
    pub oidc_configuration: OpenIDConnectConfiguration,
    pub pk: i64,
    /// Get all the scope names the outpost should request,
    /// including custom-defined ones
    pub scopes_to_request: Vec<String>,
    /// Regular expressions for which authentication is not required. Each new line is interpreted as a new Regular Expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_path_regex: Option<String>,
}

#[cfg(feature = "providers")]
/// ProxyProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProxyProvider {
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// Application's display Name.
    pub assigned_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: Option<String>,
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Set a custom HTTP-Basic Authentication header based on values from authentik.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_enabled: Option<bool>,
    /// User/Group Attribute used for the password part of the HTTP-Basic Header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_password_attribute: Option<String>,
    /// User/Group Attribute used for the user part of the HTTP-Basic Header. If not set, the user's Email address is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_user_attribute: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    pub client_id: String,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_domain: Option<String>,
    pub external_host: String,
    /// When enabled, this provider will intercept the authorization header and authenticate requests based on its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intercept_header_auth: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host: Option<String>,
    /// Validate SSL Certificates of upstream servers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host_ssl_validation: Option<bool>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_sources: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_sources: Option<Vec<::uuid::Uuid>>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Enable support for forwardAuth in traefik and nginx auth_request. Exclusive with internal_host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ProxyMode>,
    pub name: String,
    pub outpost_set: Vec<String>,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// A newline-separated string before 2024.12.1: read in either form, written as a string for older servers.
    #[serde(
        deserialize_with = "super::runtime::compat::deserialize_urls",
        serialize_with = "compat_serialize_proxy_provider_redirect_uris",
    )]
    pub redirect_uris: Vec<RedirectURI>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
    /// Regular expressions for which authentication is not required. Each new line is interpreted as a new Regular Expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_path_regex: Option<String>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}
#[cfg(feature = "providers")]
fn compat_serialize_proxy_provider_redirect_uris<S: ::serde::Serializer>(
    value: &[RedirectURI],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    super::runtime::compat::serialize_urls(value, "2024.12.1", serializer)
}

#[cfg(any(feature = "core", feature = "providers"))]
/// ProxyProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProxyProviderRequest {
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_validity: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Set a custom HTTP-Basic Authentication header based on values from authentik.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_enabled: Option<bool>,
    /// User/Group Attribute used for the password part of the HTTP-Basic Header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_password_attribute: Option<String>,
    /// User/Group Attribute used for the user part of the HTTP-Basic Header. If not set, the user's Email address is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_auth_user_attribute: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_domain: Option<String>,
    pub external_host: String,
    /// When enabled, this provider will intercept the authorization header and authenticate requests based on its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intercept_header_auth: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host: Option<String>,
    /// Validate SSL Certificates of upstream servers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_host_ssl_validation: Option<bool>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwks_sources: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_providers: Option<Vec<i64>>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_federation_sources: Option<Vec<::uuid::Uuid>>,
    /// Enable support for forwardAuth in traefik and nginx auth_request. Exclusive with internal_host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ProxyMode>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token_validity: Option<String>,
    /// Regular expressions for which authentication is not required. Each new line is interpreted as a new Regular Expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_path_regex: Option<String>,
}

#[cfg(feature = "propertymappings")]
/// RACPropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RACPropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    pub static_settings: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// RACPropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RACPropertyMappingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
    pub static_settings: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}

#[cfg(any(feature = "providers", feature = "rac"))]
/// RACProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RACProvider {
    /// Application's display Name.
    pub assigned_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: Option<String>,
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_expiry: Option<String>,
    /// When set to true, connection tokens will be deleted upon disconnect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_token_on_disconnect: Option<bool>,
    /// Flow used ending the session from a provider.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub outpost_set: Vec<String>,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub settings: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// RACProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RACProviderRequest {
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_expiry: Option<String>,
    /// When set to true, connection tokens will be deleted upon disconnect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_token_on_disconnect: Option<bool>,
    /// Flow used ending the session from a provider.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow: Option<::uuid::Uuid>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub settings: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
}

#[cfg(feature = "outposts")]
/// Base serializer class which doesn't implement create/update methods
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusCheckAccess {
    pub access: PolicyTestResult,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<String>,
}

#[cfg(feature = "outposts")]
/// RadiusProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusOutpostConfig {
    pub application_slug: String,
    pub auth_flow_slug: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    /// List of CIDRs (comma-separated) that clients can connect from. A more specific CIDR will match before a looser one. Clients connecting from a non-specified CIDR will be dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_networks: Option<String>,
    /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_support: Option<bool>,
    pub name: String,
    pub pk: i64,
    /// Shared secret between clients and server to hash packets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_secret: Option<String>,
}

#[cfg(feature = "providers")]
/// RadiusProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusProvider {
    /// Application's display Name.
    pub assigned_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: Option<String>,
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    /// List of CIDRs (comma-separated) that clients can connect from. A more specific CIDR will match before a looser one. Clients connecting from a non-specified CIDR will be dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_networks: Option<String>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Return internal model name
    pub meta_model_name: String,
    /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_support: Option<bool>,
    pub name: String,
    pub outpost_set: Vec<String>,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Shared secret between clients and server to hash packets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_secret: Option<String>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// RadiusProviderPropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusProviderPropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// RadiusProviderPropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusProviderPropertyMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// RadiusProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RadiusProviderRequest {
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub certificate: Option<Option<::uuid::Uuid>>,
    /// List of CIDRs (comma-separated) that clients can connect from. A more specific CIDR will match before a looser one. Clients connecting from a non-specified CIDR will be dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_networks: Option<String>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// When enabled, code-based multi-factor authentication can be used by appending a semicolon and the TOTP code to the password. This should only be enabled if all users that will bind to this provider have a TOTP device configured, as otherwise a password may incorrectly be rejected if it contains a semicolon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_support: Option<bool>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Shared secret between clients and server to hash packets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_secret: Option<String>,
}

#[cfg(any(feature = "flows", feature = "sources"))]
/// Challenge type to redirect the client
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedirectChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_redirect: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
    pub to: String,
}

#[cfg(feature = "flows")]
/// Redirect challenge response
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedirectChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub to: String,
}

#[cfg(feature = "stages")]
/// RedirectStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedirectStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_context: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub mode: RedirectStageModeEnum,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub target_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_static: Option<String>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// `RedirectStageModeEnum`
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
/// RedirectStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedirectStageRequest {
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_context: Option<bool>,
    pub mode: RedirectStageModeEnum,
    pub name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub target_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_static: Option<String>,
}

#[cfg(feature = "providers")]
/// A single allowed redirect URI entry
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedirectURI {
    pub matching_mode: MatchingModeEnum,
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri_type: Option<RedirectURITypeEnum>,
    pub url: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// A single allowed redirect URI entry
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedirectURIRequest {
    pub matching_mode: MatchingModeEnum,
    /// Not in the schema of 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri_type: Option<RedirectURITypeEnum>,
    pub url: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `RedirectURITypeEnum`
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
/// Stripped down group serializer to show relevant children/parents for groups
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RelatedGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub group_uuid: ::uuid::Uuid,
    /// Users added to this group will be superusers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    pub name: String,
    pub pk: ::uuid::Uuid,
}

#[cfg(feature = "lifecycle")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RelatedRule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<::uuid::Uuid>,
    pub min_reviewers: i64,
    pub name: String,
    pub reviewer_groups: Vec<PartialGroup>,
    pub reviewers: Vec<PartialUser>,
}

#[cfg(feature = "requests")]
/// Simplified related target object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RelatedTarget {
    pub label: String,
    /// Return internal model name
    pub meta_model_name: String,
    pub pbm_uuid: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "policies")]
/// Reputation Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Reputation {
    pub identifier: String,
    pub ip: String,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub ip_asn_data: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub ip_geo_data: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pk: Option<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<i64>,
    pub updated: ::chrono::DateTime<::chrono::Utc>,
}

#[cfg(feature = "policies")]
/// Reputation Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReputationPolicy {
    /// Return objects policy is bound to
    pub bound_to: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_ip: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_username: Option<bool>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "policies")]
/// Reputation Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReputationPolicyRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_ip: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_username: Option<bool>,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
}

#[cfg(feature = "stages")]
/// `RequestContentTypeEnum`
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
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestRule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers_is_per_group: Option<bool>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_mode: Option<NotificationModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_transports: Option<Vec<::uuid::Uuid>>,
    pub pbm_uuid: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub request_flow: Option<Option<::uuid::Uuid>>,
    pub targets: Vec<::uuid::Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestRuleBinding {
    /// The maximum duration a grant approved against this binding can last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_granted_max: Option<String>,
    /// How long a request against this binding stays pending before it automatically lapses if not approved or denied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_pending: Option<String>,
    pub pbm_uuid: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    pub related: Vec<::uuid::Uuid>,
    pub related_obj: Vec<RelatedTarget>,
    pub rule: ::uuid::Uuid,
    pub rule_obj: RequestRule,
    pub target: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestRuleBindingRequest {
    /// The maximum duration a grant approved against this binding can last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_granted_max: Option<String>,
    /// How long a request against this binding stays pending before it automatically lapses if not approved or denied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_pending: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    pub rule: ::uuid::Uuid,
    pub target: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// `RequestRuleChildBinding`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestRuleChildBinding {
    pub binding: ::uuid::Uuid,
    pub target: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// `RequestRuleChildBindingRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestRuleChildBindingRequest {
    pub binding: ::uuid::Uuid,
    pub target: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestRuleRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_reviewers_is_per_group: Option<bool>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_mode: Option<NotificationModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_transports: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub request_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<::uuid::Uuid>,
}

#[cfg(feature = "requests")]
/// `RequestStatus`
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
/// Generic representation of a single request target: whatever was actually
/// requested (an Application, an Application Entitlement, ...), always paired with the
/// parent it belongs to, so the UI/audit trail has that context even when the
/// request itself was scoped narrower than the whole app.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestableTarget {
    pub label: String,
    /// Return internal model name
    pub meta_model_name: String,
    pub parent: Option<Application>,
    pub pbm_uuid: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "lifecycle")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Review {
    pub id: ::uuid::Uuid,
    pub iteration: ::uuid::Uuid,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub note: Option<Option<String>>,
    pub reviewer: PartialUser,
    pub timestamp: ::chrono::DateTime<::chrono::Utc>,
}

#[cfg(feature = "lifecycle")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReviewRequest {
    pub iteration: ::uuid::Uuid,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub note: Option<Option<String>>,
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
/// Role serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Role {
    pub name: String,
    pub pk: ::uuid::Uuid,
}

#[cfg(feature = "rbac")]
/// Roles assigned object permission serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleAssignedObjectPermission {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_permissions: Option<Vec<RoleModelPermission>>,
    pub name: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_permissions: Option<Vec<RoleObjectPermission>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<RoleObjectPermission>>,
    pub role_pk: String,
}

#[cfg(feature = "rbac")]
/// Role-bound object level permission
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleModelPermission {
    pub app_label: String,
    pub codename: String,
    pub id: i64,
    pub model: String,
    pub name: String,
}

#[cfg(feature = "rbac")]
/// Role-bound object level permission
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleObjectPermission {
    pub app_label: String,
    pub codename: String,
    pub id: i64,
    pub model: String,
    pub name: String,
    pub object_pk: String,
}

#[cfg(feature = "rbac")]
/// Role serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleRequest {
    pub name: String,
}

#[cfg(any(feature = "core", feature = "flows", feature = "providers"))]
/// `SAMLBindingsEnum`
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
/// SAML Provider Metadata serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLMetadata {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub download_url: Option<Option<String>>,
    pub metadata: String,
}

#[cfg(any(feature = "core", feature = "providers", feature = "sources"))]
/// `SAMLNameIDPolicyEnum`
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
/// SAMLPropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLPropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    pub saml_name: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// SAMLPropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLPropertyMappingRequest {
    pub expression: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub friendly_name: Option<Option<String>>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
    pub saml_name: String,
}

#[cfg(feature = "providers")]
/// SAMLProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLProvider {
    pub acs_url: String,
    /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_before: Option<String>,
    /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_on_or_after: Option<String>,
    /// Application's display Name.
    pub assigned_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: Option<String>,
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Value of the audience restriction field of the assertion. When left empty, no audience restriction will be added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_name_id_policy: Option<SAMLNameIDPolicyEnum>,
    /// Default relay_state value for IDP-initiated logins
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_relay_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Also known as EntityID
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Also known as EntityID. Providing a value overrides the default issuer generated by authentik.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_method: Option<SAMLLogoutMethods>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub name_id_mapping: Option<Option<::uuid::Uuid>>,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_assertion: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_request: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Keypair used to sign outgoing Responses going to the Service Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    /// This determines how authentik sends the logout response back to the Service Provider.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_binding: Option<SAMLBindingsEnum>,
    /// Single Logout Service URL where the logout response should be sent.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_url: Option<String>,
    /// This determines how authentik sends the response back to the Service Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_binding: Option<SAMLBindingsEnum>,
    /// Get metadata download URL
    pub url_download_metadata: String,
    /// Get Issuer/EntityID URL
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_issuer: Option<String>,
    /// Get SLO POST URL
    pub url_slo_post: String,
    /// Get SLO redirect URL
    pub url_slo_redirect: String,
    /// Get SSO IDP-Initiated URL
    pub url_sso_init: String,
    /// Get SSO Post URL
    pub url_sso_post: String,
    /// Get SSO Redirect URL
    pub url_sso_redirect: String,
    /// Get unified SAML endpoint URL (handles SSO and SLO)
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_unified: Option<String>,
    /// Get IdP-initiated SAML URL
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_unified_init: Option<String>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub verification_kp: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "providers")]
/// Import saml provider from XML Metadata
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLProviderImportRequest {
    pub authorization_flow: ::uuid::Uuid,
    pub file: String,
    pub invalidation_flow: ::uuid::Uuid,
    pub name: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// SAMLProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLProviderRequest {
    pub acs_url: String,
    /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_before: Option<String>,
    /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_on_or_after: Option<String>,
    /// Value of the audience restriction field of the assertion. When left empty, no audience restriction will be added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_name_id_policy: Option<SAMLNameIDPolicyEnum>,
    /// Default relay_state value for IDP-initiated logins
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_relay_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Also known as EntityID
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Also known as EntityID. Providing a value overrides the default issuer generated by authentik.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    /// Method to use for logout. Front-channel iframe loads all logout URLs simultaneously in hidden iframes. Front-channel native uses your active browser tab to send post requests and redirect to providers. Back-channel sends logout requests directly from the server without user interaction (requires POST SLS binding).
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logout_method: Option<SAMLLogoutMethods>,
    pub name: String,
    /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub name_id_mapping: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_assertion: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_request: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_response: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Keypair used to sign outgoing Responses going to the Service Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    /// This determines how authentik sends the logout response back to the Service Provider.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_binding: Option<SAMLBindingsEnum>,
    /// Single Logout Service URL where the logout response should be sent.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sls_url: Option<String>,
    /// This determines how authentik sends the response back to the Service Provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_binding: Option<SAMLBindingsEnum>,
    /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub verification_kp: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "sources")]
/// SAMLSource Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLSource {
    /// Allows authentication flows initiated by the IdP. This can be a security risk, as no validation of the request ID is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_idp_initiated: Option<bool>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding_type: Option<BindingTypeEnum>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// When enabled, the IdP will re-authenticate the user even if a session exists.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_themed_urls: Option<Option<ThemedUrls>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Also known as Entity ID. Defaults the Metadata URL.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Also known as Entity ID. Defaults to the Metadata URL.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Source's display Name.
    pub name: String,
    /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id_policy: Option<SAMLNameIDPolicyEnum>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Flow used before authentication.
    pub pre_authentication_flow: ::uuid::Uuid,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_assertion: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_response: Option<bool>,
    /// Keypair used to sign outgoing Responses going to the Identity Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    /// Optional URL if your IDP supports Single-Logout.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub slo_url: Option<Option<String>>,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// URL that the initial Login request is sent to.
    pub sso_url: String,
    /// Time offset when temporary users should be deleted. This only applies if your IDP uses the NameID Format 'transient', and the user doesn't log out manually. (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_user_delete_after: Option<String>,
    /// Get the resolved Issuer, falling back to the metadata URL when unset
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_issuer: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub verification_kp: Option<Option<::uuid::Uuid>>,
}

#[cfg(feature = "propertymappings")]
/// SAMLSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLSourcePropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// SAMLSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLSourcePropertyMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "sources")]
/// SAMLSource Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SAMLSourceRequest {
    /// Allows authentication flows initiated by the IdP. This can be a security risk, as no validation of the request ID is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_idp_initiated: Option<bool>,
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding_type: Option<BindingTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    /// When enabled, the IdP will re-authenticate the user even if a session exists.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    /// How the source determines if an existing group should be used or a new group created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_matching_mode: Option<GroupMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Also known as Entity ID. Defaults the Metadata URL.
    ///
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// Also known as Entity ID. Defaults to the Metadata URL.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_override: Option<String>,
    /// Source's display Name.
    pub name: String,
    /// NameID Policy sent to the IdP. Can be unset, in which case no Policy is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id_policy: Option<SAMLNameIDPolicyEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Flow used before authentication.
    pub pre_authentication_flow: ::uuid::Uuid,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_assertion: Option<bool>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_response: Option<bool>,
    /// Keypair used to sign outgoing Responses going to the Identity Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    /// Optional URL if your IDP supports Single-Logout.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub slo_url: Option<Option<String>>,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// URL that the initial Login request is sent to.
    pub sso_url: String,
    /// Time offset when temporary users should be deleted. This only applies if your IDP uses the NameID Format 'transient', and the user doesn't log out manually. (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_user_delete_after: Option<String>,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// When selected, incoming assertion's Signatures will be validated against this certificate. To allow unsigned Requests, leave on default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub verification_kp: Option<Option<::uuid::Uuid>>,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// `SCIMAuthenticationModeEnum`
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
/// SCIMMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// SCIMMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "providers")]
/// SCIMProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMProvider {
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_mode: Option<SCIMAuthenticationModeEnum>,
    /// OAuth Source used for authentication
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub auth_oauth: Option<Option<::uuid::Uuid>>,
    /// Additional OAuth parameters, such as grant_type
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_oauth_params: Option<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub auth_oauth_token_expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub auth_oauth_token_last_updated: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub auth_oauth_url_callback: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub auth_oauth_url_start: Option<Option<String>>,
    /// Alter authentik behavior for vendor-specific SCIM implementations.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<CompatibilityModeEnum>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    /// Group filters used to define sync-scope for groups.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_filters: Option<Vec<::uuid::Uuid>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    /// Cache duration for ServiceProviderConfig responses. Set minutes=0 to disable.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_provider_config_cache_timeout: Option<String>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    /// Authentication token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Base URL to SCIM requests, usually ends in /v2
    pub url: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_certificates: Option<bool>,
}

#[cfg(feature = "providers")]
/// SCIMProviderGroup Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMProviderGroup {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub group: ::uuid::Uuid,
    pub group_obj: PartialGroup,
    pub id: ::uuid::Uuid,
    pub provider: i64,
    pub scim_id: String,
}

#[cfg(feature = "providers")]
/// SCIMProviderGroup Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMProviderGroupRequest {
    pub group: ::uuid::Uuid,
    pub provider: i64,
    pub scim_id: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// SCIMProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMProviderRequest {
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_mode: Option<SCIMAuthenticationModeEnum>,
    /// OAuth Source used for authentication
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub auth_oauth: Option<Option<::uuid::Uuid>>,
    /// Additional OAuth parameters, such as grant_type
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_oauth_params: Option<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
    >,
    /// Alter authentik behavior for vendor-specific SCIM implementations.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility_mode: Option<CompatibilityModeEnum>,
    /// When enabled, authentik will attempt to discover existing resources in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_enabled: Option<bool>,
    /// When enabled, provider will not modify or create objects in the remote system.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude_users_service_account: Option<bool>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub filter_group: Option<Option<::uuid::Uuid>>,
    /// Group filters used to define sync-scope for groups.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_filters: Option<Vec<::uuid::Uuid>>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Property mappings used for group creation/updating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings_group: Option<Vec<::uuid::Uuid>>,
    /// Cache duration for ServiceProviderConfig responses. Set minutes=0 to disable.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_provider_config_cache_timeout: Option<String>,
    /// Controls the number of objects synced in a single task
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_size: Option<u32>,
    /// Timeout for synchronization of a single page
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_page_timeout: Option<String>,
    /// Authentication token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Base URL to SCIM requests, usually ends in /v2
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_certificates: Option<bool>,
}

#[cfg(feature = "providers")]
/// SCIMProviderUser Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMProviderUser {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    pub id: ::uuid::Uuid,
    pub provider: i64,
    pub scim_id: String,
    pub user: i64,
    pub user_obj: PartialUser,
}

#[cfg(feature = "providers")]
/// SCIMProviderUser Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMProviderUserRequest {
    pub provider: i64,
    pub scim_id: String,
    pub user: i64,
}

#[cfg(feature = "sources")]
/// SCIMSource Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMSource {
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Source's display Name.
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Get Root URL
    pub root_url: String,
    /// Internal source name, used in URLs.
    pub slug: String,
    pub token_obj: Token,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "sources")]
/// SCIMSourceGroup Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMSourceGroup {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    pub group: ::uuid::Uuid,
    pub group_obj: PartialGroup,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "sources")]
/// SCIMSourceGroup Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMSourceGroupRequest {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    pub group: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "propertymappings")]
/// SCIMSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMSourcePropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// SCIMSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMSourcePropertyMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "sources")]
/// SCIMSource Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMSourceRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Source's display Name.
    pub name: String,
    /// Internal source name, used in URLs.
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "sources")]
/// SCIMSourceUser Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMSourceUser {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub source: ::uuid::Uuid,
    pub user: i64,
    pub user_obj: PartialUser,
}

#[cfg(feature = "sources")]
/// SCIMSourceUser Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SCIMSourceUserRequest {
    /// Nullable in 2024.8.3, 2024.12.1.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<
        Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    >,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub source: ::uuid::Uuid,
    pub user: i64,
}

#[cfg(feature = "authenticators")]
/// Serializer for sms authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SMSDevice {
    /// The human-readable name of this device.
    pub name: String,
    pub phone_number: String,
    pub pk: i64,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<PartialUser>,
}

#[cfg(feature = "authenticators")]
/// Serializer for sms authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SMSDeviceRequest {
    /// The human-readable name of this device.
    pub name: String,
}

#[cfg(any(feature = "providers", feature = "ssf"))]
/// SSFProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SSFProvider {
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_retention: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_auth_providers: Option<Vec<i64>>,
    /// Not in the schema of 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_auth_providers_obj: Option<Vec<Provider>>,
    pub pk: i64,
    /// Not in the schema of 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_verify_certificates: Option<bool>,
    /// Key used to sign the SSF Events.
    pub signing_key: ::uuid::Uuid,
    pub ssf_url: Option<String>,
    pub token_obj: Token,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// SSFProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SSFProviderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_retention: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_auth_providers: Option<Vec<i64>>,
    /// Not in the schema of 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_verify_certificates: Option<bool>,
    /// Key used to sign the SSF Events.
    pub signing_key: ::uuid::Uuid,
}

#[cfg(feature = "ssf")]
/// SSFStream Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SSFStream {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<Vec<String>>,
    pub delivery_method: DeliveryMethodEnum,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub endpoint_url: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_requested: Option<Vec<EventsRequestedEnum>>,
    pub format: String,
    pub iss: String,
    pub pk: ::uuid::Uuid,
    pub provider: i64,
    pub provider_obj: SSFProvider,
    /// Not in the schema of 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SSFStreamStatusEnum>,
}

#[cfg(feature = "ssf")]
/// `SSFStreamStatusEnum`
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
/// `Schedule`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Schedule {
    /// Dramatiq actor to call
    pub actor_name: String,
    /// When to schedule tasks
    pub crontab: String,
    pub description: Option<String>,
    pub id: ::uuid::Uuid,
    /// Unique schedule identifier
    pub identifier: Option<String>,
    pub last_task_status: Option<LastTaskStatusEnum>,
    pub next_run: ::chrono::DateTime<::chrono::Utc>,
    /// Pause this schedule
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
    pub rel_obj_app_label: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub rel_obj_id: Option<Option<String>>,
    pub rel_obj_model: String,
    pub uid: String,
}

#[cfg(feature = "tasks")]
/// `ScheduleRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduleRequest {
    /// When to schedule tasks
    pub crontab: String,
    /// Pause this schedule
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub rel_obj_id: Option<Option<String>>,
}

#[cfg(feature = "propertymappings")]
/// ScopeMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScopeMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    /// Description shown to the user when consenting. If left empty, the user won't be informed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Scope name requested by the client
    pub scope_name: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// ScopeMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScopeMappingRequest {
    /// Description shown to the user when consenting. If left empty, the user won't be informed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
    /// Scope name requested by the client
    pub scope_name: String,
}

#[cfg(feature = "flows")]
/// Serializer for stages which can be selected by users
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SelectableStage {
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    pub verbose_name: String,
}

#[cfg(feature = "outposts")]
/// ServiceConnection Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnection {
    /// Return component used to edit this object
    pub component: String,
    /// If enabled, use the local connection. Required Docker socket/Kubernetes Integration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "outposts")]
/// Serializer for Service connection state
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectionState {
    pub healthy: bool,
    pub version: String,
}

#[cfg(feature = "flows")]
/// Challenge for ending a session
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionEndChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_launch_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_name: Option<String>,
    pub brand_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidation_flow_url: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overview_url: Option<String>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "core")]
/// Response for the /user/me endpoint, returns the currently active user (as `user` property)
/// and, if this user is being impersonated, the original user in the `original` property.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionUser {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<UserSelf>,
    pub user: UserSelf,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<UserSelf>>,
}

#[cfg(feature = "admin")]
/// Settings Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Settings {
    /// Configure how authentik should show avatars for users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatars: Option<String>,
    /// Configure the base URL under which this authentik instance is reachable, e.g. https://authentik.company
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Default token duration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_duration: Option<String>,
    /// Default token length
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_length: Option<u32>,
    /// Enable the ability for users to change their email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_email: Option<bool>,
    /// Enable the ability for users to change their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_name: Option<bool>,
    /// Enable the ability for users to change their username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_username: Option<bool>,
    /// Events will be deleted after this duration.(Format: weeks=3;days=2;hours=3,seconds=2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_retention: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<SettingsFlags>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub footer_links: Option<::serde_json::Value>,
    /// When enabled, all the events caused by a user will be deleted upon the user's deletion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gdpr_compliance: Option<bool>,
    /// Globally enable/disable impersonation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonation: Option<bool>,
    /// Require administrators to provide a reason for impersonating a user.
    ///
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonation_require_reason: Option<bool>,
    /// Default page size for API responses, if no size was requested.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination_default_page_size: Option<u32>,
    /// Maximum page size
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination_max_page_size: Option<u32>,
    /// Reputation cannot decrease lower than this value. Zero or negative.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reputation_lower_limit: Option<i32>,
    /// Reputation cannot increase higher than this value. Zero or positive.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reputation_upper_limit: Option<u32>,
}

#[cfg(feature = "admin")]
/// `SettingsFlags`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SettingsFlags {
    /// Applications with no policies bound can be accessed by any user.
    pub core_default_app_access: bool,
    /// Include additional information in audit logs, may incur a performance penalty.
    pub enterprise_audit_include_expanded_diff: bool,
    /// Upon successful authentication, re-start authentication in other open tabs.
    pub flows_continuous_login: bool,
    /// Refresh other tabs after successful authentication.
    pub flows_refresh_others: bool,
}

#[cfg(feature = "admin")]
/// Settings Serializer
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SettingsRequest {
    /// Configure how authentik should show avatars for users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatars: Option<String>,
    /// Configure the base URL under which this authentik instance is reachable, e.g. https://authentik.company
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Default token duration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_duration: Option<String>,
    /// Default token length
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_length: Option<u32>,
    /// Enable the ability for users to change their email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_email: Option<bool>,
    /// Enable the ability for users to change their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_name: Option<bool>,
    /// Enable the ability for users to change their username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_user_change_username: Option<bool>,
    /// Events will be deleted after this duration.(Format: weeks=3;days=2;hours=3,seconds=2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_retention: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<SettingsRequestFlags>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub footer_links: Option<::serde_json::Value>,
    /// When enabled, all the events caused by a user will be deleted upon the user's deletion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gdpr_compliance: Option<bool>,
    /// Globally enable/disable impersonation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonation: Option<bool>,
    /// Require administrators to provide a reason for impersonating a user.
    ///
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonation_require_reason: Option<bool>,
    /// Default page size for API responses, if no size was requested.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination_default_page_size: Option<u32>,
    /// Maximum page size
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination_max_page_size: Option<u32>,
    /// Reputation cannot decrease lower than this value. Zero or negative.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reputation_lower_limit: Option<i32>,
    /// Reputation cannot increase higher than this value. Zero or positive.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reputation_upper_limit: Option<u32>,
}

#[cfg(feature = "admin")]
/// `SettingsRequestFlags`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SettingsRequestFlags {
    /// Applications with no policies bound can be accessed by any user.
    pub core_default_app_access: bool,
    /// Include additional information in audit logs, may incur a performance penalty.
    pub enterprise_audit_include_expanded_diff: bool,
    /// Upon successful authentication, re-start authentication in other open tabs.
    pub flows_continuous_login: bool,
    /// Refresh other tabs after successful authentication.
    pub flows_refresh_others: bool,
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
/// challenge type to render HTML as-is
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ShellChallenge {
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
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
/// `Software`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Software {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

#[cfg(feature = "endpoints")]
/// `SoftwareRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SoftwareRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

#[cfg(feature = "sources")]
/// Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Source {
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Nullable in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_themed_urls: Option<Option<ThemedUrls>>,
    /// Get the URL to the source icon
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub icon_url: Option<Option<String>>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Source's display Name.
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// SourceStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<String>,
    pub source: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// SourceStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
    /// Amount of time a user can take to return from the source to continue the flow (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_timeout: Option<String>,
    pub source: ::uuid::Uuid,
}

#[cfg(feature = "sources")]
/// Serializer for SourceType
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceType {
    pub access_token_url: Option<String>,
    pub authorization_url: Option<String>,
    pub name: String,
    pub oidc_jwks_url: Option<String>,
    pub oidc_well_known_url: Option<String>,
    pub profile_url: Option<String>,
    pub request_token_url: Option<String>,
    pub urls_customizable: bool,
    pub verbose_name: String,
}

#[cfg(any(feature = "flows", feature = "stages"))]
/// Stage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Stage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// `StageModeEnum`
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
/// Serializer for a single Prompt field
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StagePrompt {
    /// Was `array<string>` in 2024.8.3, 2024.12.1, 2025.6.2: such values are kept as raw JSON (`Versioned::Legacy`).
    pub choices: Option<super::runtime::compat::Versioned<Vec<PromptChoice>>>,
    pub field_key: String,
    pub initial_value: String,
    pub label: String,
    pub order: i64,
    pub placeholder: String,
    pub required: bool,
    pub sub_text: String,
    pub r#type: PromptTypeEnum,
}

#[cfg(feature = "authenticators")]
/// Serializer for static authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StaticDevice {
    /// The human-readable name of this device.
    pub name: String,
    pub pk: i64,
    pub token_set: Vec<StaticDeviceToken>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<PartialUser>,
}

#[cfg(feature = "authenticators")]
/// Serializer for static authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StaticDeviceRequest {
    /// The human-readable name of this device.
    pub name: String,
}

#[cfg(feature = "authenticators")]
/// Serializer for static device's tokens
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StaticDeviceToken {
    pub token: String,
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
/// Sync object serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SyncObjectRequest {
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_dry_run: Option<bool>,
    pub sync_object_id: String,
    pub sync_object_model: SyncObjectModelEnum,
}

#[cfg(feature = "providers")]
/// Result of a single object sync
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SyncObjectResult {
    pub messages: Vec<LogEvent>,
}

#[cfg(feature = "sources")]
/// `SyncOutgoingTriggerModeEnum`
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
/// Provider/source sync status
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SyncStatus {
    pub is_running: bool,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_successful_sync: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sync_status: Option<TaskAggregatedStatusEnum>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<::serde_json::Value>>,
}

#[cfg(feature = "admin")]
/// Get system information.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SystemInfo {
    /// Configured external base URL. Can be empty
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Currently active brand
    pub brand: String,
    /// Whether the embedded outpost is disabled
    pub embedded_outpost_disabled: bool,
    /// Get the FQDN configured on the embedded outpost
    pub embedded_outpost_host: String,
    /// Get HTTP Request headers
    pub http_headers: ::std::collections::BTreeMap<String, String>,
    /// Get HTTP host
    pub http_host: String,
    /// Get HTTP Secure flag
    pub http_is_secure: bool,
    /// Get versions
    pub runtime: SystemInfoRuntime,
    /// Current server time
    pub server_time: ::chrono::DateTime<::chrono::Utc>,
}

#[cfg(feature = "admin")]
/// `SystemInfoRuntime`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SystemInfoRuntime {
    pub architecture: String,
    pub authentik_version: String,
    pub environment: String,
    pub openssl_fips_enabled: Option<bool>,
    pub openssl_version: String,
    pub platform: String,
    pub python_version: String,
    pub uname: String,
}

#[cfg(feature = "authenticators")]
/// Serializer for totp authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TOTPDevice {
    /// The human-readable name of this device.
    pub name: String,
    pub pk: i64,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<PartialUser>,
}

#[cfg(feature = "authenticators")]
/// Serializer for totp authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TOTPDeviceRequest {
    /// The human-readable name of this device.
    pub name: String,
}

#[cfg(feature = "tasks")]
/// `Task`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Task {
    /// Dramatiq actor name
    pub actor_name: String,
    pub aggregated_status: TaskAggregatedStatusEnum,
    pub description: Option<String>,
    /// Planned execution time
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub eta: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    pub logs: Vec<LogEvent>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<::uuid::Uuid>,
    /// Task last modified time
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mtime: Option<::chrono::DateTime<::chrono::Utc>>,
    pub previous_logs: Vec<LogEvent>,
    /// Queue name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    pub rel_obj_app_label: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub rel_obj_id: Option<Option<String>>,
    pub rel_obj_model: String,
    /// Number of retries
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,
    /// Task status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<TaskStatusEnum>,
    pub uid: String,
}

#[cfg(any(feature = "providers", feature = "sources", feature = "tasks"))]
/// `TaskAggregatedStatusEnum`
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
/// `TelegramAuthRequest`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TelegramAuthRequest {
    pub auth_date: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    pub hash: String,
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "flows")]
/// Base class for all challenge responses
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TelegramChallengeResponseRequest {
    pub auth_date: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    pub hash: String,
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(feature = "flows")]
/// Base login challenge for Identification stage
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TelegramLoginChallenge {
    /// Telegram bot username
    pub bot_username: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub request_message_access: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "sources")]
/// Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TelegramSource {
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Telegram bot username
    pub bot_username: String,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    pub icon_themed_urls: Option<ThemedUrls>,
    pub icon_url: Option<String>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    pub managed: Option<String>,
    /// Return internal model name
    pub meta_model_name: String,
    /// Source's display Name.
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Flow used before authentication.
    pub pre_authentication_flow: ::uuid::Uuid,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Request access to send messages from your bot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_message_access: Option<bool>,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// TelegramSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TelegramSourcePropertyMapping {
    /// Get object's component so that we know how to edit the object
    pub component: String,
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "propertymappings")]
/// TelegramSourcePropertyMapping Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TelegramSourcePropertyMappingRequest {
    pub expression: String,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub name: String,
}

#[cfg(feature = "sources")]
/// Source Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TelegramSourceRequest {
    /// Flow to use when authenticating existing users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Telegram bot token
    pub bot_token: String,
    /// Telegram bot username
    pub bot_username: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Flow to use when enrolling new users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub enrollment_flow: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_property_mappings: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Source's display Name.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_engine_mode: Option<PolicyEngineMode>,
    /// Flow used before authentication.
    pub pre_authentication_flow: ::uuid::Uuid,
    /// When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promoted: Option<bool>,
    /// Request access to send messages from your bot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_message_access: Option<bool>,
    /// Internal source name, used in URLs.
    pub slug: String,
    /// How the source determines if an existing user should be authenticated or a new user enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_matching_mode: Option<UserMatchingModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_property_mappings: Option<Vec<::uuid::Uuid>>,
}

#[cfg(feature = "tenants")]
/// Tenant Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tenant {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    pub schema_name: String,
    pub tenant_uuid: ::uuid::Uuid,
}

#[cfg(feature = "tenants")]
/// Tenant admin group creation request serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TenantAdminGroupRequestRequest {
    pub user: String,
}

#[cfg(feature = "tenants")]
/// Tenant recovery key creation request serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TenantRecoveryKeyRequestRequest {
    pub duration_days: i64,
    pub user: String,
}

#[cfg(feature = "tenants")]
/// Tenant recovery key creation response serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TenantRecoveryKeyResponse {
    pub expiry: ::chrono::DateTime<::chrono::Utc>,
    pub url: String,
}

#[cfg(feature = "tenants")]
/// Tenant Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TenantRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    pub schema_name: String,
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
/// Themed URLs - maps theme names to URLs for light and dark themes
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ThemedUrls {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub dark: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub light: Option<Option<String>>,
}

#[cfg(
    any(feature = "core", feature = "providers", feature = "sources", feature = "ssf")
)]
/// Token Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Token {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    pub identifier: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<IntentEnum>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
    pub user_obj: User,
}

#[cfg(feature = "oauth2")]
/// Serializer for BaseGrantModel and RefreshToken
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TokenModel {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Get the token's id_token as JSON String
    pub id_token: String,
    /// Check if token is expired yet.
    pub is_expired: bool,
    pub pk: i64,
    pub provider: Provider,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<bool>,
    pub scope: Vec<String>,
    pub user: User,
}

#[cfg(feature = "core")]
/// Token Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TokenRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    pub identifier: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<IntentEnum>,
    /// Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub managed: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "core")]
/// Set token's key
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TokenSetKeyRequest {
    pub key: String,
}

#[cfg(any(feature = "core", feature = "endpoints"))]
/// Show token's current key
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TokenView {
    pub key: String,
}

#[cfg(feature = "core")]
/// Serializer for creating a provider and an application in one transaction
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransactionApplicationRequest {
    pub app: ApplicationRequest,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_bindings: Option<Vec<TransactionPolicyBindingRequest>>,
    pub provider: ModelRequest,
    pub provider_model: ProviderModelEnum,
}

#[cfg(feature = "core")]
/// Transactional creation response
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransactionApplicationResponse {
    pub applied: bool,
    pub logs: Vec<String>,
}

#[cfg(feature = "core")]
/// PolicyBindingSerializer which does not require target as target is set implicitly
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransactionPolicyBindingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Result if the Policy execution fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_result: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub group: Option<Option<::uuid::Uuid>>,
    /// Negates the outcome of the policy. Messages are unaffected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negate: Option<bool>,
    pub order: i32,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub policy: Option<Option<::uuid::Uuid>>,
    /// Timeout after which Policy execution is terminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
}

#[cfg(feature = "events")]
/// `TransportModeEnum`
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
/// Types of an object that can be created
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TypeCreate {
    pub component: String,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<bool>,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    pub model_name: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_enterprise: Option<bool>,
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
/// Password Uniqueness Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UniquePasswordPolicy {
    /// Return objects policy is bound to
    pub bound_to: i64,
    /// Get object component so that we know how to edit the object
    pub component: String,
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    /// Number of passwords to check against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_historical_passwords: Option<u32>,
    /// Field key to check, field keys defined in Prompt stages are available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_field: Option<String>,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "policies")]
/// Password Uniqueness Policy Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UniquePasswordPolicyRequest {
    /// When this option is enabled, all executions of this policy will be logged. By default, only execution errors are logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_logging: Option<bool>,
    pub name: String,
    /// Number of passwords to check against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_historical_passwords: Option<u32>,
    /// Field key to check, field keys defined in Prompt stages are available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_field: Option<String>,
}

#[cfg(feature = "admin")]
/// `UsageEnum`
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
/// A list of all objects referencing the queried object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UsedBy {
    pub action: UsedByActionEnum,
    pub app: String,
    pub model_name: String,
    pub name: String,
    pub pk: String,
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
/// User Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct User {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    /// User's avatar, either a http/https URL or a data URI
    pub avatar: String,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_joined: Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<::uuid::Uuid>>,
    pub groups_obj: Option<Vec<PartialGroup>>,
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    pub is_superuser: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_login: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    /// User's display name.
    pub name: String,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_change_date: Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub pk: i64,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<::uuid::Uuid>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub roles_obj: Option<Option<Vec<Role>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<UserTypeEnum>,
    pub uid: String,
    pub username: String,
    pub uuid: ::uuid::Uuid,
}

#[cfg(feature = "core")]
/// Choose the target account before starting the lockdown flow.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserAccountLockdownRequest {
    /// User to lock. If omitted, locks the current user (self-service).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub user: Option<Option<i64>>,
}

#[cfg(feature = "core")]
/// Account adding/removing operations
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserAccountRequest {
    pub pk: i64,
}

#[cfg(feature = "rbac")]
/// Account adding/removing operations
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserAccountSerializerForRoleRequest {
    pub pk: i64,
}

#[cfg(feature = "stages")]
/// `UserAttributeEnum`
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
/// UserConsent Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserConsent {
    pub application: Application,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub expires: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<String>,
    pub pk: i64,
    pub user: User,
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
/// UserDeleteStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserDeleteStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// UserDeleteStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserDeleteStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
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

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserKerberosSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub identifier: String,
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    pub source: ::uuid::Uuid,
    pub source_obj: Source,
    pub user: i64,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserKerberosSourceConnectionRequest {
    pub identifier: String,
    pub source: ::uuid::Uuid,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLDAPSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub identifier: String,
    pub last_updated: ::chrono::DateTime<::chrono::Utc>,
    pub pk: i64,
    pub source: ::uuid::Uuid,
    pub source_obj: Source,
    pub user: i64,
    /// Not in the schema of 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_obj: Option<PartialUser>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLDAPSourceConnectionRequest {
    pub identifier: String,
    pub source: ::uuid::Uuid,
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "flows")]
/// Empty challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLoginChallenge {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_info: Option<ContextualFlowInfo>,
    pub pending_user: String,
    pub pending_user_avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_errors: Option<::std::collections::BTreeMap<String, Vec<ErrorDetail>>>,
}

#[cfg(feature = "flows")]
/// User login challenge
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLoginChallengeResponseRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    pub remember_me: bool,
}

#[cfg(feature = "stages")]
/// UserLoginStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLoginStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Bind sessions created by this stage to the configured GeoIP location
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geoip_binding: Option<GeoipBindingEnum>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    /// Bind sessions created by this stage to the configured network
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_binding: Option<NetworkBindingEnum>,
    pub pk: ::uuid::Uuid,
    /// When set to a non-zero value, authentik will save a cookie with a longer expiry,to remember the device the user is logging in from. (Format: hours=-1;minutes=-2;seconds=-3)
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_device: Option<String>,
    /// Offset the session will be extended by when the user picks the remember me option. Default of 0 means that the remember me option will not be shown. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_me_offset: Option<String>,
    /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_duration: Option<String>,
    /// Terminate all other sessions of the user logging in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminate_other_sessions: Option<bool>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// UserLoginStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLoginStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    /// Bind sessions created by this stage to the configured GeoIP location
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geoip_binding: Option<GeoipBindingEnum>,
    pub name: String,
    /// Bind sessions created by this stage to the configured network
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_binding: Option<NetworkBindingEnum>,
    /// When set to a non-zero value, authentik will save a cookie with a longer expiry,to remember the device the user is logging in from. (Format: hours=-1;minutes=-2;seconds=-3)
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_device: Option<String>,
    /// Offset the session will be extended by when the user picks the remember me option. Default of 0 means that the remember me option will not be shown. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember_me_offset: Option<String>,
    /// Determines how long a session lasts. Default of 0 means that the sessions lasts until the browser is closed. (Format: hours=-1;minutes=-2;seconds=-3)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_duration: Option<String>,
    /// Terminate all other sessions of the user logging in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminate_other_sessions: Option<bool>,
}

#[cfg(feature = "stages")]
/// UserLogoutStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLogoutStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// UserLogoutStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLogoutStageRequest {
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
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

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserOAuthSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    pub identifier: String,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
    pub source: super::runtime::compat::Versioned<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_obj: Option<Source>,
    pub user: i64,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserOAuthSourceConnectionRequest {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub access_token: Option<Option<String>>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    pub identifier: String,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "lifecycle")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserOffboarding {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<OffboardingActionEnum>,
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    pub created_by_obj: PartialUser,
    pub executed_at: Option<::chrono::DateTime<::chrono::Utc>>,
    pub id: ::uuid::Uuid,
    /// Revoke all of the user's sessions when offboarding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_sessions: Option<bool>,
    /// Revoke all of the user's tokens when offboarding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_tokens: Option<bool>,
    /// Absolute time at which the offboarding action is executed.
    pub scheduled_at: ::chrono::DateTime<::chrono::Utc>,
    pub status: OffboardingStatusEnum,
    pub user: i64,
    pub user_obj: PartialUser,
}

#[cfg(feature = "lifecycle")]
/// Mixin to validate that a valid enterprise license
/// exists before allowing to save the object
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserOffboardingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<OffboardingActionEnum>,
    /// Revoke all of the user's sessions when offboarding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_sessions: Option<bool>,
    /// Revoke all of the user's tokens when offboarding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_tokens: Option<bool>,
    /// Absolute time at which the offboarding action is executed.
    pub scheduled_at: ::chrono::DateTime<::chrono::Utc>,
    pub user: i64,
}

#[cfg(feature = "core")]
/// Payload to set a users' password hash directly
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserPasswordHashSetRequest {
    pub password: String,
}

#[cfg(feature = "core")]
/// Payload to set a users' password directly
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserPasswordSetRequest {
    pub password: String,
}

#[cfg(feature = "core")]
/// `UserPath`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserPath {
    pub paths: Vec<String>,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserPlexSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub identifier: String,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
    pub source: super::runtime::compat::Versioned<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_obj: Option<Source>,
    pub user: i64,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserPlexSourceConnectionRequest {
    pub identifier: String,
    pub plex_token: String,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "core")]
/// Payload to create and email a recovery link
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserRecoveryEmailRequest {
    pub email_stage: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_duration: Option<String>,
}

#[cfg(feature = "core")]
/// Payload to create a recovery link
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserRecoveryLinkRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_duration: Option<String>,
}

#[cfg(feature = "core")]
/// User Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<::uuid::Uuid>>,
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub last_login: Option<Option<::chrono::DateTime<::chrono::Utc>>>,
    /// User's display name.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<UserTypeEnum>,
    pub username: String,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSAMLSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub identifier: String,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
    pub source: super::runtime::compat::Versioned<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_obj: Option<Source>,
    pub user: i64,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSAMLSourceConnectionRequest {
    pub identifier: String,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<::uuid::Uuid>,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(any(feature = "core", feature = "endpoints"))]
/// User Serializer for information a user can retrieve about themselves
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSelf {
    /// User's avatar, either a http/https URL or a data URI
    pub avatar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub groups: Vec<UserSelfGroups>,
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    pub is_active: bool,
    /// Return whether this user owns the current browser session.
    ///
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_current: Option<bool>,
    pub is_superuser: bool,
    /// User's display name.
    pub name: String,
    pub pk: i64,
    /// Not in the schema of 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<UserSelfRoles>>,
    /// Get user settings with brand and group settings applied
    pub settings: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    /// Get all system permissions assigned to the user
    pub system_permissions: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<UserTypeEnum>,
    pub uid: String,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
}

#[cfg(any(feature = "core", feature = "endpoints"))]
/// `UserSelfGroups`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSelfGroups {
    pub name: String,
    pub pk: String,
}

#[cfg(any(feature = "core", feature = "endpoints"))]
/// `UserSelfRoles`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSelfRoles {
    pub name: String,
    pub pk: String,
}

#[cfg(feature = "core")]
/// Payload to create a service account
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserServiceAccountRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_group: Option<bool>,
    /// If not provided, valid for 360 days
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<bool>,
    pub name: String,
}

#[cfg(feature = "core")]
/// `UserServiceAccountResponse`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserServiceAccountResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_pk: Option<String>,
    pub token: String,
    pub user_pk: i64,
    pub user_uid: String,
    pub username: String,
}

#[cfg(any(feature = "sources", feature = "stages"))]
/// Serializer for User settings for stages and sources
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSetting {
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configure_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    pub object_uid: String,
    pub title: String,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<::chrono::DateTime<::chrono::Utc>>,
    pub pk: i64,
    /// Was `Source` in 2024.8.3: such values are kept as raw JSON (`Versioned::Legacy`).
    pub source: super::runtime::compat::Versioned<::uuid::Uuid>,
    /// Not in the schema of 2024.8.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_obj: Option<Source>,
    pub user: i64,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSourceConnectionRequest {
    /// Not in the schema of 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    pub source: ::uuid::Uuid,
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<i64>,
}

#[cfg(feature = "core")]
/// `UserSwitchActionEnum`
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
/// Request to add or switch users in the current browser.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSwitchRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<UserSwitchActionEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_pk: Option<i64>,
}

#[cfg(feature = "core")]
/// Redirect returned after planning a user switch.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserSwitchResponse {
    pub redirect: String,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserTelegramSourceConnection {
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub identifier: String,
    pub last_updated: ::chrono::DateTime<::chrono::Utc>,
    pub pk: i64,
    pub source: ::uuid::Uuid,
    pub source_obj: Source,
    pub user: i64,
}

#[cfg(feature = "sources")]
/// User source connection
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserTelegramSourceConnectionRequest {
    pub identifier: String,
    pub source: ::uuid::Uuid,
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
/// UserWriteStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserWriteStage {
    /// Get object type so that we know how to edit the object
    pub component: String,
    /// When set, newly created users are inactive and cannot login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_users_as_inactive: Option<bool>,
    /// Optionally add newly created users to this group.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub create_users_group: Option<Option<::uuid::Uuid>>,
    /// Optional in 2024.8.3, 2024.12.1, 2025.6.2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<FlowSet>>,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    pub pk: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_creation_mode: Option<UserCreationModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<UserTypeEnum>,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
}

#[cfg(feature = "stages")]
/// UserWriteStage Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserWriteStageRequest {
    /// When set, newly created users are inactive and cannot login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_users_as_inactive: Option<bool>,
    /// Optionally add newly created users to this group.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub create_users_group: Option<Option<::uuid::Uuid>>,
    /// Sent by 2024.8.3 servers; removed later.
    /// Sent by 2024.12.1 servers; removed later.
    /// Sent by 2025.6.2 servers; removed later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_set: Option<Vec<::serde_json::Value>>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_creation_mode: Option<UserCreationModeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_path_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<UserTypeEnum>,
}

/// Validation Error
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ValidationError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_field_errors: Option<Vec<String>>,
    /// Properties beyond the ones listed above.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}

#[cfg(feature = "endpoints")]
/// `VendorEnum`
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
/// Get running and latest version.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Version {
    /// Get build hash, if version is not latest or released
    pub build_hash: String,
    /// Check if we're running the latest version
    pub outdated: bool,
    /// Check if any outpost is outdated/has a version mismatch
    pub outpost_outdated: bool,
    /// Get current version
    pub version_current: String,
    /// Get latest version from cache
    pub version_latest: String,
    /// Check if latest version is valid
    pub version_latest_valid: bool,
}

#[cfg(feature = "admin")]
/// VersionHistory Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VersionHistory {
    pub build: String,
    pub id: i64,
    pub timestamp: ::chrono::DateTime<::chrono::Utc>,
    pub version: String,
}

#[cfg(feature = "providers")]
/// WSFederationProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WSFederationProvider {
    /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_before: Option<String>,
    /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_on_or_after: Option<String>,
    /// Application's display Name.
    pub assigned_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_application_slug: Option<String>,
    /// Application's display Name.
    pub assigned_backchannel_application_name: Option<String>,
    /// Internal application name, used in URLs.
    pub assigned_backchannel_application_slug: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    /// Get object component so that we know how to edit the object
    pub component: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_name_id_policy: Option<SAMLNameIDPolicyEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    /// Return internal model name
    pub meta_model_name: String,
    pub name: String,
    /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub name_id_mapping: Option<Option<::uuid::Uuid>>,
    pub pk: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    pub reply_url: String,
    /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_version: Option<SamlVersionEnum>,
    /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_request: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Keypair used to sign outgoing Responses going to the Service Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    /// Get metadata download URL
    pub url_download_metadata: String,
    /// Get Issuer/EntityID URL
    pub url_issuer: String,
    /// Get WS-Fed url
    pub url_wsfed: String,
    /// Return object's verbose_name
    pub verbose_name: String,
    /// Return object's plural verbose_name
    pub verbose_name_plural: String,
    pub wtrealm: String,
}

#[cfg(any(feature = "core", feature = "providers"))]
/// WSFederationProvider Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WSFederationProviderRequest {
    /// Assertion valid not before current time + this value (Format: hours=-1;minutes=-2;seconds=-3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_before: Option<String>,
    /// Assertion not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assertion_valid_not_on_or_after: Option<String>,
    /// Flow used for authentication when the associated application is accessed by an un-authenticated user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authentication_flow: Option<Option<::uuid::Uuid>>,
    /// Configure how the AuthnContextClassRef value will be created. When left empty, the AuthnContextClassRef will be set based on which authentication methods the user used to authenticate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub authn_context_class_ref_mapping: Option<Option<::uuid::Uuid>>,
    /// Flow used when authorizing this provider.
    pub authorization_flow: ::uuid::Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_name_id_policy: Option<SAMLNameIDPolicyEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_algorithm: Option<DigestAlgorithmEnum>,
    /// When selected, incoming assertions are encrypted by the IdP using the public key of the encryption keypair. The assertion is decrypted by the SP using the the private key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub encryption_kp: Option<Option<::uuid::Uuid>>,
    /// Flow used ending the session from a provider.
    pub invalidation_flow: ::uuid::Uuid,
    pub name: String,
    /// Configure how the NameID value will be created. When left empty, the NameIDPolicy of the incoming request will be considered
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub name_id_mapping: Option<Option<::uuid::Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_mappings: Option<Vec<::uuid::Uuid>>,
    pub reply_url: String,
    /// SAML assertion version to issue in the security token. Microsoft Entra ID and classic ADFS-style relying parties typically require SAML 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_version: Option<SamlVersionEnum>,
    /// Session not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_valid_not_on_or_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_assertion: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_logout_request: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_algorithm: Option<SignatureAlgorithmEnum>,
    /// Keypair used to sign outgoing Responses going to the Service Provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::runtime::serde_helpers::deserialize_some",
    )]
    pub signing_kp: Option<Option<::uuid::Uuid>>,
    pub wtrealm: String,
}

#[cfg(feature = "authenticators")]
/// Serializer for WebAuthn authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebAuthnDevice {
    pub aaguid: String,
    pub created_on: ::chrono::DateTime<::chrono::Utc>,
    pub device_type: Option<WebAuthnDeviceType>,
    pub name: String,
    pub pk: i64,
    /// Not in the schema of 2024.8.3, 2024.12.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<PartialUser>,
}

#[cfg(feature = "authenticators")]
/// Serializer for WebAuthn authenticator devices
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebAuthnDeviceRequest {
    pub name: String,
}

#[cfg(any(feature = "authenticators", feature = "stages"))]
/// WebAuthnDeviceType Serializer
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WebAuthnDeviceType {
    pub aaguid: ::uuid::Uuid,
    pub description: String,
}

#[cfg(feature = "stages")]
/// `WebAuthnHintEnum`
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

#[cfg(feature = "tasks")]
/// `Worker`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Worker {
    pub version: String,
    pub version_matching: bool,
    pub worker_id: String,
}
