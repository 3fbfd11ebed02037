//! Async client for the authentik API, schema version 2026.11.0-rc1.
//!
//! One method per operation, grouped by tag: `client.core().users_list(&params)`.
//! Path parameters and required parameters are arguments, the optional
//! ones a `*Params` struct with `Default`, bodies `&T` (uploads a `*Form`
//! struct with `FilePart`s). Every method returns a future that owns
//! what it needs (it can be spawned) and resolves to the 2xx body, or an
//! [`Error`]: `Validation` (400) and `Forbidden` (403) with their typed
//! bodies, `Status` for other documented statuses, `UnexpectedStatus`,
//! `Decode` (with the serde path of the failing field), `Transport` and
//! `Request`. Paginated lists also have a `*_stream` method that walks
//! every page.
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! use authentik_api::client::{Client, Error};
//!
//! let client = Client::builder("https://authentik.example.com")
//!     .token(std::env::var("AUTHENTIK_TOKEN")?)
//!     .build()?;
//! let params = authentik_api::client::core::UsersListParams::default();
//! let result = client.core().users_list(&params).await;
//! match result {
//!     Ok(body) => println!("{body:?}"),
//!     Err(Error::Forbidden(e)) => eprintln!("forbidden: {:?}", e.body),
//!     Err(e) => return Err(e.into()),
//! }
//! # Ok(()) }
//! ```
#[allow(unused_imports)]
use super::{models, runtime};
pub use super::runtime::client::{
    reqwest, ApiError, BuildError, Bytes, Client, ClientBuilder, DecodeError, FilePart,
    RequestError, StatusError, TransportError, DEFAULT_TIMEOUT,
};
use super::runtime::client::Documented;

/// The error of every operation: the runtime's error with this API's
/// validation (`400`) and generic (`403`) error bodies.
pub type Error = super::runtime::client::Error<
    super::models::ValidationError,
    super::models::GenericError,
>;

/// The future an operation method returns; resolves to the 2xx body.
pub type ResponseFuture<T> = super::runtime::client::ResponseFuture<
    T,
    super::models::ValidationError,
    super::models::GenericError,
>;

/// The items of every page of a paginated list.
pub type PageStream<T> = super::runtime::client::PageStream<
    T,
    super::models::ValidationError,
    super::models::GenericError,
>;

static API: super::runtime::client::ApiInfo = super::runtime::client::ApiInfo {
    title: "authentik",
    version: "2026.11.0-rc1",
    server_path: "/api/v3",
    schemes: &[
        (
            "authentik",
            super::runtime::client::Scheme::Header {
                name: "Authorization",
                prefix: "Bearer ",
            },
        ),
        (
            "authentik_device_auth",
            super::runtime::client::Scheme::Header {
                name: "Authorization",
                prefix: "Bearer+agent ",
            },
        ),
        (
            "authentik_device_enroll",
            super::runtime::client::Scheme::Header {
                name: "Authorization",
                prefix: "Bearer ",
            },
        ),
        (
            "authentik_device_federation",
            super::runtime::client::Scheme::Header {
                name: "Authorization",
                prefix: "Bearer ",
            },
        ),
    ],
    default_scheme: "authentik",
};

#[allow(dead_code)]
const SECURITY_AUTHENTIK: &[&[&str]] = &[&["authentik"]];
#[allow(dead_code)]
const SECURITY_AUTHENTIK_OR_AUTHENTIK_DEVICE_AUTH: &[&[&str]] = &[
    &["authentik"],
    &["authentik_device_auth"],
];
#[allow(dead_code)]
const SECURITY_UNSPECIFIED: &[&[&str]] = &[];
#[allow(dead_code)]
const SECURITY_AUTHENTIK_OR_ANONYMOUS: &[&[&str]] = &[&["authentik"], &[]];
#[allow(dead_code)]
const SECURITY_AUTHENTIK_DEVICE_AUTH: &[&[&str]] = &[&["authentik_device_auth"]];
#[allow(dead_code)]
const SECURITY_AUTHENTIK_DEVICE_FEDERATION: &[&[&str]] = &[
    &["authentik_device_federation"],
];
#[allow(dead_code)]
const SECURITY_AUTHENTIK_DEVICE_ENROLL: &[&[&str]] = &[&["authentik_device_enroll"]];
#[allow(dead_code)]
const SECURITY_ANONYMOUS: &[&[&str]] = &[&[]];
#[allow(dead_code)]
const ERRORS_400_403: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
];
#[allow(dead_code)]
const ERRORS_400_403_2: &[(u16, Documented)] = &[
    (400, Documented::Other("Bad request")),
    (403, Documented::Forbidden),
];
#[allow(dead_code)]
const ERRORS_400_403_404: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("User not found")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_2: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Provider has no application assigned")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_3: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Token not found or expired")),
];
#[allow(dead_code)]
const ERRORS_400_403_3: &[(u16, Documented)] = &[
    (400, Documented::Other("Invalid parameters")),
    (403, Documented::Forbidden),
];
#[allow(dead_code)]
const ERRORS_400_403_4: &[(u16, Documented)] = &[
    (400, Documented::Other("Token not found")),
    (403, Documented::Other("Access denied")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_4: &[(u16, Documented)] = &[
    (400, Documented::Other("Bad request")),
    (403, Documented::Forbidden),
    (404, Documented::Other("User not found")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_5: &[(u16, Documented)] = &[
    (400, Documented::Other("Missing key")),
    (403, Documented::Forbidden),
    (404, Documented::Other("Token not found or expired")),
];
#[allow(dead_code)]
const ERRORS_400_403_5: &[(u16, Documented)] = &[
    (
        400,
        Documented::Other("No lockdown flow configured or the flow is not applicable"),
    ),
    (403, Documented::Other("Permission denied (when targeting another user)")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_6: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Device not found")),
];
#[allow(dead_code)]
const ERRORS_400_403_500: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (500, Documented::Other("Failed to test transport")),
];
#[allow(dead_code)]
const ERRORS_400_403_6: &[(u16, Documented)] = &[
    (400, Documented::Other("No flow plan in session.")),
    (403, Documented::Forbidden),
];
#[allow(dead_code)]
const ERRORS_400_403_7: &[(u16, Documented)] = &[
    (400, Documented::Other("Flow not applicable")),
    (403, Documented::Forbidden),
];
#[allow(dead_code)]
const ERRORS_400_403_8: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Other("Access denied")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_500: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Schedule not found")),
    (500, Documented::Other("Failed to send schedule")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_7: &[(u16, Documented)] = &[
    (400, Documented::Other("Task is not in a retryable state")),
    (403, Documented::Forbidden),
    (404, Documented::Other("Task not found")),
];
#[allow(dead_code)]
const DEFAULT_SECURITY: &[&[&str]] = SECURITY_AUTHENTIK;
#[allow(dead_code)]
const DEFAULT_ERRORS: &[(u16, Documented)] = ERRORS_400_403;

#[cfg(feature = "admin")]
pub mod admin;
#[cfg(feature = "agents")]
pub mod agents;
#[cfg(feature = "authenticators")]
pub mod authenticators;
#[cfg(feature = "core")]
pub mod core;
#[cfg(feature = "crypto")]
pub mod crypto;
#[cfg(feature = "endpoints")]
pub mod endpoints;
#[cfg(feature = "enterprise")]
pub mod enterprise;
#[cfg(feature = "events")]
pub mod events;
#[cfg(feature = "flows")]
pub mod flows;
#[cfg(feature = "lifecycle")]
pub mod lifecycle;
#[cfg(feature = "managed")]
pub mod managed;
#[cfg(feature = "oauth2")]
pub mod oauth2;
#[cfg(feature = "outposts")]
pub mod outposts;
#[cfg(feature = "policies")]
pub mod policies;
#[cfg(feature = "propertymappings")]
pub mod propertymappings;
#[cfg(feature = "providers")]
pub mod providers;
#[cfg(feature = "rac")]
pub mod rac;
#[cfg(feature = "rbac")]
pub mod rbac;
#[cfg(feature = "reports")]
pub mod reports;
#[cfg(feature = "requests")]
pub mod requests;
#[cfg(feature = "root")]
pub mod root;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "sources")]
pub mod sources;
#[cfg(feature = "ssf")]
pub mod ssf;
#[cfg(feature = "stages")]
pub mod stages;
#[cfg(feature = "tasks")]
pub mod tasks;
#[cfg(feature = "tenants")]
pub mod tenants;

impl Client {
    /// Configure a client for the server at `base_url`
    /// (`https://authentik.example.com`; the API's server path is
    /// appended unless the URL already ends with it).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(&API, base_url)
    }

    /// A client for the server at `base_url` with an API token and
    /// the defaults otherwise.
    pub fn new(
        base_url: impl Into<String>,
        token: impl Into<String>,
    ) -> Result<Client, BuildError> {
        Self::builder(base_url).token(token).build()
    }

    /// Operations tagged `admin` (14).
    #[cfg(feature = "admin")]
    pub fn admin(&self) -> admin::AdminApi<'_> {
        admin::AdminApi { client: self }
    }

    /// Operations tagged `agents` (6).
    #[cfg(feature = "agents")]
    pub fn agents(&self) -> agents::AgentsApi<'_> {
        agents::AgentsApi { client: self }
    }

    /// Operations tagged `authenticators` (83).
    #[cfg(feature = "authenticators")]
    pub fn authenticators(&self) -> authenticators::AuthenticatorsApi<'_> {
        authenticators::AuthenticatorsApi {
            client: self,
        }
    }

    /// Operations tagged `core` (78).
    #[cfg(feature = "core")]
    pub fn core(&self) -> core::CoreApi<'_> {
        core::CoreApi { client: self }
    }

    /// Operations tagged `crypto` (10).
    #[cfg(feature = "crypto")]
    pub fn crypto(&self) -> crypto::CryptoApi<'_> {
        crypto::CryptoApi { client: self }
    }

    /// Operations tagged `endpoints` (70).
    #[cfg(feature = "endpoints")]
    pub fn endpoints(&self) -> endpoints::EndpointsApi<'_> {
        endpoints::EndpointsApi {
            client: self,
        }
    }

    /// Operations tagged `enterprise` (10).
    #[cfg(feature = "enterprise")]
    pub fn enterprise(&self) -> enterprise::EnterpriseApi<'_> {
        enterprise::EnterpriseApi {
            client: self,
        }
    }

    /// Operations tagged `events` (33).
    #[cfg(feature = "events")]
    pub fn events(&self) -> events::EventsApi<'_> {
        events::EventsApi { client: self }
    }

    /// Operations tagged `flows` (22).
    #[cfg(feature = "flows")]
    pub fn flows(&self) -> flows::FlowsApi<'_> {
        flows::FlowsApi { client: self }
    }

    /// Operations tagged `lifecycle` (14).
    #[cfg(feature = "lifecycle")]
    pub fn lifecycle(&self) -> lifecycle::LifecycleApi<'_> {
        lifecycle::LifecycleApi {
            client: self,
        }
    }

    /// Operations tagged `managed` (10).
    #[cfg(feature = "managed")]
    pub fn managed(&self) -> managed::ManagedApi<'_> {
        managed::ManagedApi {
            client: self,
        }
    }

    /// Operations tagged `oauth2` (12).
    #[cfg(feature = "oauth2")]
    pub fn oauth2(&self) -> oauth2::Oauth2Api<'_> {
        oauth2::Oauth2Api { client: self }
    }

    /// Operations tagged `outposts` (34).
    #[cfg(feature = "outposts")]
    pub fn outposts(&self) -> outposts::OutpostsApi<'_> {
        outposts::OutpostsApi {
            client: self,
        }
    }

    /// Operations tagged `policies` (76).
    #[cfg(feature = "policies")]
    pub fn policies(&self) -> policies::PoliciesApi<'_> {
        policies::PoliciesApi {
            client: self,
        }
    }

    /// Operations tagged `propertymappings` (111).
    #[cfg(feature = "propertymappings")]
    pub fn propertymappings(&self) -> propertymappings::PropertymappingsApi<'_> {
        propertymappings::PropertymappingsApi {
            client: self,
        }
    }

    /// Operations tagged `providers` (131).
    #[cfg(feature = "providers")]
    pub fn providers(&self) -> providers::ProvidersApi<'_> {
        providers::ProvidersApi {
            client: self,
        }
    }

    /// Operations tagged `rac` (13).
    #[cfg(feature = "rac")]
    pub fn rac(&self) -> rac::RacApi<'_> {
        rac::RacApi { client: self }
    }

    /// Operations tagged `rbac` (22).
    #[cfg(feature = "rbac")]
    pub fn rbac(&self) -> rbac::RbacApi<'_> {
        rbac::RbacApi { client: self }
    }

    /// Operations tagged `reports` (3).
    #[cfg(feature = "reports")]
    pub fn reports(&self) -> reports::ReportsApi<'_> {
        reports::ReportsApi {
            client: self,
        }
    }

    /// Operations tagged `requests` (28).
    #[cfg(feature = "requests")]
    pub fn requests(&self) -> requests::RequestsApi<'_> {
        requests::RequestsApi {
            client: self,
        }
    }

    /// Operations tagged `root` (1).
    #[cfg(feature = "root")]
    pub fn root(&self) -> root::RootApi<'_> {
        root::RootApi { client: self }
    }

    /// Operations tagged `schema` (1).
    #[cfg(feature = "schema")]
    pub fn schema(&self) -> schema::SchemaApi<'_> {
        schema::SchemaApi { client: self }
    }

    /// Operations tagged `sources` (173).
    #[cfg(feature = "sources")]
    pub fn sources(&self) -> sources::SourcesApi<'_> {
        sources::SourcesApi {
            client: self,
        }
    }

    /// Operations tagged `ssf` (3).
    #[cfg(feature = "ssf")]
    pub fn ssf(&self) -> ssf::SsfApi<'_> {
        ssf::SsfApi { client: self }
    }

    /// Operations tagged `stages` (210).
    #[cfg(feature = "stages")]
    pub fn stages(&self) -> stages::StagesApi<'_> {
        stages::StagesApi { client: self }
    }

    /// Operations tagged `tasks` (10).
    #[cfg(feature = "tasks")]
    pub fn tasks(&self) -> tasks::TasksApi<'_> {
        tasks::TasksApi { client: self }
    }

    /// Operations tagged `tenants` (14).
    #[cfg(feature = "tenants")]
    pub fn tenants(&self) -> tenants::TenantsApi<'_> {
        tenants::TenantsApi {
            client: self,
        }
    }
}

/// Call a GET operation that takes no argument by its operation id,
/// with default parameters; the body comes back as JSON. `None`: no
/// such operation. For tests (feature `test-dispatch`).
#[cfg(feature = "test-dispatch")]
#[doc(hidden)]
#[allow(deprecated)]
pub async fn __call_by_operation_id(
    client: &Client,
    operation_id: &str,
) -> Option<Result<::serde_json::Value, Error>> {
    fn to_json<T: ::serde::Serialize>(
        result: Result<T, Error>,
    ) -> Result<::serde_json::Value, Error> {
        result
            .map(|body| ::serde_json::to_value(body).expect("a decoded body serialises"))
    }

    Some(
        match operation_id {
            #[cfg(feature = "admin")]
            "admin_apps_list" => to_json(client.admin().apps_list().await),
            #[cfg(feature = "admin")]
            "admin_file_list" => {
                to_json(client.admin().file_list(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_file_used_by_list" => {
                to_json(client.admin().file_used_by_list(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_models_list" => {
                to_json(client.admin().models_list(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_settings_retrieve" => {
                to_json(client.admin().settings_retrieve().await)
            }
            #[cfg(feature = "admin")]
            "admin_system_retrieve" => to_json(client.admin().system_retrieve().await),
            #[cfg(feature = "admin")]
            "admin_version_history_list" => {
                to_json(client.admin().version_history_list(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_version_retrieve" => to_json(client.admin().version_retrieve().await),
            #[cfg(feature = "agents")]
            "agents_agents_list" => {
                to_json(client.agents().agents_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_all_list" => {
                to_json(
                    client.authenticators().admin_all_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_list" => {
                to_json(
                    client.authenticators().admin_duo_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_list" => {
                to_json(
                    client.authenticators().admin_email_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_list" => {
                to_json(
                    client
                        .authenticators()
                        .admin_endpoint_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_list" => {
                to_json(
                    client.authenticators().admin_sms_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_list" => {
                to_json(
                    client.authenticators().admin_static_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_list" => {
                to_json(
                    client.authenticators().admin_totp_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_list" => {
                to_json(
                    client
                        .authenticators()
                        .admin_webauthn_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_all_list" => {
                to_json(client.authenticators().all_list().await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_list" => {
                to_json(client.authenticators().duo_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_list" => {
                to_json(client.authenticators().email_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_endpoint_list" => {
                to_json(client.authenticators().endpoint_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_list" => {
                to_json(client.authenticators().sms_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_list" => {
                to_json(client.authenticators().static_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_list" => {
                to_json(client.authenticators().totp_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_list" => {
                to_json(client.authenticators().webauthn_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_list" => {
                to_json(
                    client
                        .core()
                        .application_entitlements_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_requestable_list" => {
                to_json(
                    client
                        .core()
                        .application_entitlements_requestable_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "core")]
            "core_applications_list" => {
                to_json(client.core().applications_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_applications_requestable_list" => {
                to_json(
                    client
                        .core()
                        .applications_requestable_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_list" => {
                to_json(
                    client.core().authenticated_sessions_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "core")]
            "core_brands_current_retrieve" => {
                to_json(client.core().brands_current_retrieve().await)
            }
            #[cfg(feature = "core")]
            "core_brands_list" => {
                to_json(client.core().brands_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_groups_list" => {
                to_json(client.core().groups_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_object_attributes_list" => {
                to_json(client.core().object_attributes_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_list" => {
                to_json(client.core().tokens_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_user_consent_list" => {
                to_json(client.core().user_consent_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_users_impersonate_end_retrieve" => {
                to_json(client.core().users_impersonate_end_retrieve().await)
            }
            #[cfg(feature = "core")]
            "core_users_list" => {
                to_json(client.core().users_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_users_me_retrieve" => to_json(client.core().users_me_retrieve().await),
            #[cfg(feature = "core")]
            "core_users_paths_retrieve" => {
                to_json(client.core().users_paths_retrieve(&Default::default()).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_list" => {
                to_json(
                    client.crypto().certificatekeypairs_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_agent_config_retrieve" => {
                to_json(
                    client.endpoints().agents_connectors_agent_config_retrieve().await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_list" => {
                to_json(
                    client.endpoints().agents_connectors_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_list" => {
                to_json(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_list" => {
                to_json(
                    client.endpoints().agents_psso_ise_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_list" => {
                to_json(client.endpoints().connectors_list(&Default::default()).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_types_list" => {
                to_json(client.endpoints().connectors_types_list().await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_list" => {
                to_json(
                    client
                        .endpoints()
                        .device_access_groups_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_list" => {
                to_json(
                    client.endpoints().device_bindings_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_list" => {
                to_json(client.endpoints().devices_list(&Default::default()).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_summary_retrieve" => {
                to_json(client.endpoints().devices_summary_retrieve().await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_list" => {
                to_json(
                    client.endpoints().fleet_connectors_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_list" => {
                to_json(
                    client
                        .endpoints()
                        .google_chrome_connectors_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_forecast_retrieve" => {
                to_json(client.enterprise().license_forecast_retrieve().await)
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_install_id_retrieve" => {
                to_json(client.enterprise().license_install_id_retrieve().await)
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_list" => {
                to_json(client.enterprise().license_list(&Default::default()).await)
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_summary_retrieve" => {
                to_json(
                    client
                        .enterprise()
                        .license_summary_retrieve(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "events")]
            "events_events_actions_list" => {
                to_json(client.events().events_actions_list().await)
            }
            #[cfg(feature = "events")]
            "events_events_list" => {
                to_json(client.events().events_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_events_top_per_user_list" => {
                to_json(
                    client.events().events_top_per_user_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "events")]
            "events_events_volume_list" => {
                to_json(client.events().events_volume_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_notifications_list" => {
                to_json(client.events().notifications_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_rules_list" => {
                to_json(client.events().rules_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_transports_list" => {
                to_json(client.events().transports_list(&Default::default()).await)
            }
            #[cfg(feature = "flows")]
            "flows_bindings_list" => {
                to_json(client.flows().bindings_list(&Default::default()).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_cache_info_retrieve" => {
                to_json(client.flows().instances_cache_info_retrieve().await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_list" => {
                to_json(client.flows().instances_list(&Default::default()).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_iterations_list_open" => {
                to_json(
                    client.lifecycle().iterations_list_open(&Default::default()).await,
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_list" => {
                to_json(client.lifecycle().rules_list(&Default::default()).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_list" => {
                to_json(
                    client.lifecycle().user_offboarding_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_available_list" => {
                to_json(client.managed().blueprints_available_list().await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_list" => {
                to_json(client.managed().blueprints_list(&Default::default()).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_list" => {
                to_json(client.oauth2().access_tokens_list(&Default::default()).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_list" => {
                to_json(
                    client.oauth2().authorization_codes_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_list" => {
                to_json(client.oauth2().refresh_tokens_list(&Default::default()).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_default_settings_retrieve" => {
                to_json(client.outposts().instances_default_settings_retrieve().await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_list" => {
                to_json(client.outposts().instances_list(&Default::default()).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_ldap_list" => {
                to_json(client.outposts().ldap_list(&Default::default()).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_proxy_list" => {
                to_json(client.outposts().proxy_list(&Default::default()).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_radius_list" => {
                to_json(client.outposts().radius_list(&Default::default()).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_list" => {
                to_json(
                    client
                        .outposts()
                        .service_connections_all_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_types_list" => {
                to_json(client.outposts().service_connections_all_types_list().await)
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_list" => {
                to_json(
                    client
                        .outposts()
                        .service_connections_docker_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_list" => {
                to_json(
                    client
                        .outposts()
                        .service_connections_kubernetes_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "policies")]
            "policies_all_cache_info_retrieve" => {
                to_json(client.policies().all_cache_info_retrieve().await)
            }
            #[cfg(feature = "policies")]
            "policies_all_list" => {
                to_json(client.policies().all_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_all_types_list" => {
                to_json(client.policies().all_types_list().await)
            }
            #[cfg(feature = "policies")]
            "policies_bindings_list" => {
                to_json(client.policies().bindings_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_dummy_list" => {
                to_json(client.policies().dummy_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_list" => {
                to_json(client.policies().event_matcher_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_expression_list" => {
                to_json(client.policies().expression_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_geoip_iso3166_list" => {
                to_json(client.policies().geoip_iso3166_list().await)
            }
            #[cfg(feature = "policies")]
            "policies_geoip_list" => {
                to_json(client.policies().geoip_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_list" => {
                to_json(
                    client.policies().password_expiry_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_list" => {
                to_json(client.policies().password_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_list" => {
                to_json(client.policies().reputation_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_list" => {
                to_json(
                    client.policies().reputation_scores_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_list" => {
                to_json(
                    client.policies().unique_password_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_list" => {
                to_json(client.propertymappings().all_list(&Default::default()).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_types_list" => {
                to_json(client.propertymappings().all_types_list().await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_list" => {
                to_json(
                    client
                        .propertymappings()
                        .notification_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_list" => {
                to_json(
                    client
                        .propertymappings()
                        .provider_google_workspace_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_list" => {
                to_json(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_list" => {
                to_json(
                    client
                        .propertymappings()
                        .provider_rac_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_list" => {
                to_json(
                    client
                        .propertymappings()
                        .provider_radius_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_list" => {
                to_json(
                    client
                        .propertymappings()
                        .provider_saml_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_list" => {
                to_json(
                    client
                        .propertymappings()
                        .provider_scim_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_list" => {
                to_json(
                    client
                        .propertymappings()
                        .provider_scope_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_list" => {
                to_json(
                    client
                        .propertymappings()
                        .source_kerberos_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_list" => {
                to_json(
                    client.propertymappings().source_ldap_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_list" => {
                to_json(
                    client
                        .propertymappings()
                        .source_oauth_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_list" => {
                to_json(
                    client.propertymappings().source_plex_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_list" => {
                to_json(
                    client.propertymappings().source_saml_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_list" => {
                to_json(
                    client.propertymappings().source_scim_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_list" => {
                to_json(
                    client
                        .propertymappings()
                        .source_telegram_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_all_list" => {
                to_json(client.providers().all_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_all_types_list" => {
                to_json(client.providers().all_types_list().await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_list" => {
                to_json(
                    client
                        .providers()
                        .google_workspace_groups_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_list" => {
                to_json(
                    client.providers().google_workspace_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_list" => {
                to_json(
                    client
                        .providers()
                        .google_workspace_users_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_ldap_list" => {
                to_json(client.providers().ldap_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_list" => {
                to_json(
                    client
                        .providers()
                        .microsoft_entra_groups_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_list" => {
                to_json(
                    client.providers().microsoft_entra_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_list" => {
                to_json(
                    client
                        .providers()
                        .microsoft_entra_users_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_list" => {
                to_json(client.providers().oauth2_dcr_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_list" => {
                to_json(client.providers().oauth2_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_proxy_list" => {
                to_json(client.providers().proxy_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_rac_list" => {
                to_json(client.providers().rac_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_radius_list" => {
                to_json(client.providers().radius_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_saml_list" => {
                to_json(client.providers().saml_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_list" => {
                to_json(client.providers().scim_groups_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_list" => {
                to_json(client.providers().scim_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_list" => {
                to_json(client.providers().scim_users_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_ssf_list" => {
                to_json(client.providers().ssf_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_list" => {
                to_json(client.providers().wsfed_list(&Default::default()).await)
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_list" => {
                to_json(client.rac().connection_tokens_list(&Default::default()).await)
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_list" => {
                to_json(client.rac().endpoints_list(&Default::default()).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_list" => {
                to_json(
                    client.rbac().initial_permissions_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_list" => {
                to_json(client.rbac().permissions_list(&Default::default()).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_list" => {
                to_json(client.rbac().permissions_roles_list(&Default::default()).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_list" => {
                to_json(client.rbac().roles_list(&Default::default()).await)
            }
            #[cfg(feature = "reports")]
            "reports_exports_list" => {
                to_json(client.reports().exports_list(&Default::default()).await)
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_list" => {
                to_json(client.requests().grant_requests_list(&Default::default()).await)
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_pending_review_list" => {
                to_json(
                    client
                        .requests()
                        .grant_requests_pending_review_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_list" => {
                to_json(client.requests().rule_bindings_list(&Default::default()).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_list" => {
                to_json(
                    client.requests().rule_child_bindings_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "requests")]
            "requests_rules_list" => {
                to_json(client.requests().rules_list(&Default::default()).await)
            }
            #[cfg(feature = "root")]
            "root_config_retrieve" => to_json(client.root().config_retrieve().await),
            #[cfg(feature = "schema")]
            "schema_retrieve" => {
                to_json(client.schema().retrieve(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_all_list" => {
                to_json(client.sources().all_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_all_types_list" => to_json(client.sources().all_types_list().await),
            #[cfg(feature = "sources")]
            "sources_all_user_settings_list" => {
                to_json(client.sources().all_user_settings_list().await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_list" => {
                to_json(
                    client
                        .sources()
                        .group_connections_all_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_list" => {
                to_json(
                    client
                        .sources()
                        .group_connections_kerberos_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_list" => {
                to_json(
                    client
                        .sources()
                        .group_connections_ldap_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_list" => {
                to_json(
                    client
                        .sources()
                        .group_connections_oauth_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_list" => {
                to_json(
                    client
                        .sources()
                        .group_connections_plex_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_list" => {
                to_json(
                    client
                        .sources()
                        .group_connections_saml_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_list" => {
                to_json(
                    client
                        .sources()
                        .group_connections_telegram_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_list" => {
                to_json(client.sources().kerberos_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_list" => {
                to_json(client.sources().ldap_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_list" => {
                to_json(client.sources().oauth_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_source_types_list" => {
                to_json(
                    client.sources().oauth_source_types_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_list" => {
                to_json(client.sources().plex_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_list" => {
                to_json(client.sources().saml_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_list" => {
                to_json(client.sources().scim_groups_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_list" => {
                to_json(client.sources().scim_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_list" => {
                to_json(client.sources().scim_users_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_list" => {
                to_json(client.sources().telegram_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_list" => {
                to_json(
                    client.sources().user_connections_all_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_list" => {
                to_json(
                    client
                        .sources()
                        .user_connections_kerberos_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_list" => {
                to_json(
                    client
                        .sources()
                        .user_connections_ldap_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_list" => {
                to_json(
                    client
                        .sources()
                        .user_connections_oauth_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_list" => {
                to_json(
                    client
                        .sources()
                        .user_connections_plex_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_list" => {
                to_json(
                    client
                        .sources()
                        .user_connections_saml_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_list" => {
                to_json(
                    client
                        .sources()
                        .user_connections_telegram_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "ssf")]
            "ssf_streams_list" => {
                to_json(client.ssf().streams_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_list" => {
                to_json(client.stages().account_lockdown_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_all_list" => {
                to_json(client.stages().all_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_all_types_list" => to_json(client.stages().all_types_list().await),
            #[cfg(feature = "stages")]
            "stages_all_user_settings_list" => {
                to_json(client.stages().all_user_settings_list().await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_list" => {
                to_json(
                    client.stages().authenticator_duo_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_list" => {
                to_json(
                    client.stages().authenticator_email_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_list" => {
                to_json(
                    client
                        .stages()
                        .authenticator_endpoint_gdtc_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_list" => {
                to_json(
                    client.stages().authenticator_sms_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_list" => {
                to_json(
                    client.stages().authenticator_static_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_list" => {
                to_json(
                    client.stages().authenticator_totp_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_list" => {
                to_json(
                    client
                        .stages()
                        .authenticator_validate_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_device_types_list" => {
                to_json(
                    client
                        .stages()
                        .authenticator_webauthn_device_types_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_list" => {
                to_json(
                    client
                        .stages()
                        .authenticator_webauthn_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_captcha_list" => {
                to_json(client.stages().captcha_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_consent_list" => {
                to_json(client.stages().consent_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_deny_list" => {
                to_json(client.stages().deny_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_dummy_list" => {
                to_json(client.stages().dummy_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_list" => {
                to_json(client.stages().email_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_templates_list" => {
                to_json(client.stages().email_templates_list().await)
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_list" => {
                to_json(client.stages().endpoints_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_identification_list" => {
                to_json(client.stages().identification_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_list" => {
                to_json(
                    client
                        .stages()
                        .invitation_invitations_list(&Default::default())
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_list" => {
                to_json(
                    client.stages().invitation_stages_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_mtls_list" => {
                to_json(client.stages().mtls_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_password_list" => {
                to_json(client.stages().password_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_list" => {
                to_json(client.stages().prompt_prompts_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_list" => {
                to_json(client.stages().prompt_stages_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_redirect_list" => {
                to_json(client.stages().redirect_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_source_list" => {
                to_json(client.stages().source_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_list" => {
                to_json(client.stages().user_delete_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_login_list" => {
                to_json(client.stages().user_login_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_list" => {
                to_json(client.stages().user_logout_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_write_list" => {
                to_json(client.stages().user_write_list(&Default::default()).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_list" => {
                to_json(client.tasks().schedules_list(&Default::default()).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_list" => {
                to_json(client.tasks().tasks_list(&Default::default()).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_status_retrieve" => {
                to_json(client.tasks().tasks_status_retrieve().await)
            }
            #[cfg(feature = "tasks")]
            "tasks_workers_list" => to_json(client.tasks().workers_list().await),
            #[cfg(feature = "tenants")]
            "tenants_domains_list" => {
                to_json(client.tenants().domains_list(&Default::default()).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_list" => {
                to_json(client.tenants().tenants_list(&Default::default()).await)
            }
            _ => return None,
        },
    )
}
/// The operation ids `__call_by_operation_id` knows.
#[cfg(feature = "test-dispatch")]
#[doc(hidden)]
pub const __DISPATCH_OPERATIONS: &[&str] = &[
    #[cfg(feature = "admin")]
    "admin_apps_list",
    #[cfg(feature = "admin")]
    "admin_file_list",
    #[cfg(feature = "admin")]
    "admin_file_used_by_list",
    #[cfg(feature = "admin")]
    "admin_models_list",
    #[cfg(feature = "admin")]
    "admin_settings_retrieve",
    #[cfg(feature = "admin")]
    "admin_system_retrieve",
    #[cfg(feature = "admin")]
    "admin_version_history_list",
    #[cfg(feature = "admin")]
    "admin_version_retrieve",
    #[cfg(feature = "agents")]
    "agents_agents_list",
    #[cfg(feature = "authenticators")]
    "authenticators_admin_all_list",
    #[cfg(feature = "authenticators")]
    "authenticators_admin_duo_list",
    #[cfg(feature = "authenticators")]
    "authenticators_admin_email_list",
    #[cfg(feature = "authenticators")]
    "authenticators_admin_endpoint_list",
    #[cfg(feature = "authenticators")]
    "authenticators_admin_sms_list",
    #[cfg(feature = "authenticators")]
    "authenticators_admin_static_list",
    #[cfg(feature = "authenticators")]
    "authenticators_admin_totp_list",
    #[cfg(feature = "authenticators")]
    "authenticators_admin_webauthn_list",
    #[cfg(feature = "authenticators")]
    "authenticators_all_list",
    #[cfg(feature = "authenticators")]
    "authenticators_duo_list",
    #[cfg(feature = "authenticators")]
    "authenticators_email_list",
    #[cfg(feature = "authenticators")]
    "authenticators_endpoint_list",
    #[cfg(feature = "authenticators")]
    "authenticators_sms_list",
    #[cfg(feature = "authenticators")]
    "authenticators_static_list",
    #[cfg(feature = "authenticators")]
    "authenticators_totp_list",
    #[cfg(feature = "authenticators")]
    "authenticators_webauthn_list",
    #[cfg(feature = "core")]
    "core_application_entitlements_list",
    #[cfg(feature = "core")]
    "core_application_entitlements_requestable_list",
    #[cfg(feature = "core")]
    "core_applications_list",
    #[cfg(feature = "core")]
    "core_applications_requestable_list",
    #[cfg(feature = "core")]
    "core_authenticated_sessions_list",
    #[cfg(feature = "core")]
    "core_brands_current_retrieve",
    #[cfg(feature = "core")]
    "core_brands_list",
    #[cfg(feature = "core")]
    "core_groups_list",
    #[cfg(feature = "core")]
    "core_object_attributes_list",
    #[cfg(feature = "core")]
    "core_tokens_list",
    #[cfg(feature = "core")]
    "core_user_consent_list",
    #[cfg(feature = "core")]
    "core_users_impersonate_end_retrieve",
    #[cfg(feature = "core")]
    "core_users_list",
    #[cfg(feature = "core")]
    "core_users_me_retrieve",
    #[cfg(feature = "core")]
    "core_users_paths_retrieve",
    #[cfg(feature = "crypto")]
    "crypto_certificatekeypairs_list",
    #[cfg(feature = "endpoints")]
    "endpoints_agents_connectors_agent_config_retrieve",
    #[cfg(feature = "endpoints")]
    "endpoints_agents_connectors_list",
    #[cfg(feature = "endpoints")]
    "endpoints_agents_enrollment_tokens_list",
    #[cfg(feature = "endpoints")]
    "endpoints_agents_psso_ise_list",
    #[cfg(feature = "endpoints")]
    "endpoints_connectors_list",
    #[cfg(feature = "endpoints")]
    "endpoints_connectors_types_list",
    #[cfg(feature = "endpoints")]
    "endpoints_device_access_groups_list",
    #[cfg(feature = "endpoints")]
    "endpoints_device_bindings_list",
    #[cfg(feature = "endpoints")]
    "endpoints_devices_list",
    #[cfg(feature = "endpoints")]
    "endpoints_devices_summary_retrieve",
    #[cfg(feature = "endpoints")]
    "endpoints_fleet_connectors_list",
    #[cfg(feature = "endpoints")]
    "endpoints_google_chrome_connectors_list",
    #[cfg(feature = "enterprise")]
    "enterprise_license_forecast_retrieve",
    #[cfg(feature = "enterprise")]
    "enterprise_license_install_id_retrieve",
    #[cfg(feature = "enterprise")]
    "enterprise_license_list",
    #[cfg(feature = "enterprise")]
    "enterprise_license_summary_retrieve",
    #[cfg(feature = "events")]
    "events_events_actions_list",
    #[cfg(feature = "events")]
    "events_events_list",
    #[cfg(feature = "events")]
    "events_events_top_per_user_list",
    #[cfg(feature = "events")]
    "events_events_volume_list",
    #[cfg(feature = "events")]
    "events_notifications_list",
    #[cfg(feature = "events")]
    "events_rules_list",
    #[cfg(feature = "events")]
    "events_transports_list",
    #[cfg(feature = "flows")]
    "flows_bindings_list",
    #[cfg(feature = "flows")]
    "flows_instances_cache_info_retrieve",
    #[cfg(feature = "flows")]
    "flows_instances_list",
    #[cfg(feature = "lifecycle")]
    "lifecycle_iterations_list_open",
    #[cfg(feature = "lifecycle")]
    "lifecycle_rules_list",
    #[cfg(feature = "lifecycle")]
    "lifecycle_user_offboarding_list",
    #[cfg(feature = "managed")]
    "managed_blueprints_available_list",
    #[cfg(feature = "managed")]
    "managed_blueprints_list",
    #[cfg(feature = "oauth2")]
    "oauth2_access_tokens_list",
    #[cfg(feature = "oauth2")]
    "oauth2_authorization_codes_list",
    #[cfg(feature = "oauth2")]
    "oauth2_refresh_tokens_list",
    #[cfg(feature = "outposts")]
    "outposts_instances_default_settings_retrieve",
    #[cfg(feature = "outposts")]
    "outposts_instances_list",
    #[cfg(feature = "outposts")]
    "outposts_ldap_list",
    #[cfg(feature = "outposts")]
    "outposts_proxy_list",
    #[cfg(feature = "outposts")]
    "outposts_radius_list",
    #[cfg(feature = "outposts")]
    "outposts_service_connections_all_list",
    #[cfg(feature = "outposts")]
    "outposts_service_connections_all_types_list",
    #[cfg(feature = "outposts")]
    "outposts_service_connections_docker_list",
    #[cfg(feature = "outposts")]
    "outposts_service_connections_kubernetes_list",
    #[cfg(feature = "policies")]
    "policies_all_cache_info_retrieve",
    #[cfg(feature = "policies")]
    "policies_all_list",
    #[cfg(feature = "policies")]
    "policies_all_types_list",
    #[cfg(feature = "policies")]
    "policies_bindings_list",
    #[cfg(feature = "policies")]
    "policies_dummy_list",
    #[cfg(feature = "policies")]
    "policies_event_matcher_list",
    #[cfg(feature = "policies")]
    "policies_expression_list",
    #[cfg(feature = "policies")]
    "policies_geoip_iso3166_list",
    #[cfg(feature = "policies")]
    "policies_geoip_list",
    #[cfg(feature = "policies")]
    "policies_password_expiry_list",
    #[cfg(feature = "policies")]
    "policies_password_list",
    #[cfg(feature = "policies")]
    "policies_reputation_list",
    #[cfg(feature = "policies")]
    "policies_reputation_scores_list",
    #[cfg(feature = "policies")]
    "policies_unique_password_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_all_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_all_types_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_notification_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_provider_google_workspace_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_provider_microsoft_entra_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_provider_rac_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_provider_radius_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_provider_saml_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_provider_scim_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_provider_scope_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_source_kerberos_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_source_ldap_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_source_oauth_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_source_plex_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_source_saml_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_source_scim_list",
    #[cfg(feature = "propertymappings")]
    "propertymappings_source_telegram_list",
    #[cfg(feature = "providers")]
    "providers_all_list",
    #[cfg(feature = "providers")]
    "providers_all_types_list",
    #[cfg(feature = "providers")]
    "providers_google_workspace_groups_list",
    #[cfg(feature = "providers")]
    "providers_google_workspace_list",
    #[cfg(feature = "providers")]
    "providers_google_workspace_users_list",
    #[cfg(feature = "providers")]
    "providers_ldap_list",
    #[cfg(feature = "providers")]
    "providers_microsoft_entra_groups_list",
    #[cfg(feature = "providers")]
    "providers_microsoft_entra_list",
    #[cfg(feature = "providers")]
    "providers_microsoft_entra_users_list",
    #[cfg(feature = "providers")]
    "providers_oauth2_dcr_list",
    #[cfg(feature = "providers")]
    "providers_oauth2_list",
    #[cfg(feature = "providers")]
    "providers_proxy_list",
    #[cfg(feature = "providers")]
    "providers_rac_list",
    #[cfg(feature = "providers")]
    "providers_radius_list",
    #[cfg(feature = "providers")]
    "providers_saml_list",
    #[cfg(feature = "providers")]
    "providers_scim_groups_list",
    #[cfg(feature = "providers")]
    "providers_scim_list",
    #[cfg(feature = "providers")]
    "providers_scim_users_list",
    #[cfg(feature = "providers")]
    "providers_ssf_list",
    #[cfg(feature = "providers")]
    "providers_wsfed_list",
    #[cfg(feature = "rac")]
    "rac_connection_tokens_list",
    #[cfg(feature = "rac")]
    "rac_endpoints_list",
    #[cfg(feature = "rbac")]
    "rbac_initial_permissions_list",
    #[cfg(feature = "rbac")]
    "rbac_permissions_list",
    #[cfg(feature = "rbac")]
    "rbac_permissions_roles_list",
    #[cfg(feature = "rbac")]
    "rbac_roles_list",
    #[cfg(feature = "reports")]
    "reports_exports_list",
    #[cfg(feature = "requests")]
    "requests_grant_requests_list",
    #[cfg(feature = "requests")]
    "requests_grant_requests_pending_review_list",
    #[cfg(feature = "requests")]
    "requests_rule_bindings_list",
    #[cfg(feature = "requests")]
    "requests_rule_child_bindings_list",
    #[cfg(feature = "requests")]
    "requests_rules_list",
    #[cfg(feature = "root")]
    "root_config_retrieve",
    #[cfg(feature = "schema")]
    "schema_retrieve",
    #[cfg(feature = "sources")]
    "sources_all_list",
    #[cfg(feature = "sources")]
    "sources_all_types_list",
    #[cfg(feature = "sources")]
    "sources_all_user_settings_list",
    #[cfg(feature = "sources")]
    "sources_group_connections_all_list",
    #[cfg(feature = "sources")]
    "sources_group_connections_kerberos_list",
    #[cfg(feature = "sources")]
    "sources_group_connections_ldap_list",
    #[cfg(feature = "sources")]
    "sources_group_connections_oauth_list",
    #[cfg(feature = "sources")]
    "sources_group_connections_plex_list",
    #[cfg(feature = "sources")]
    "sources_group_connections_saml_list",
    #[cfg(feature = "sources")]
    "sources_group_connections_telegram_list",
    #[cfg(feature = "sources")]
    "sources_kerberos_list",
    #[cfg(feature = "sources")]
    "sources_ldap_list",
    #[cfg(feature = "sources")]
    "sources_oauth_list",
    #[cfg(feature = "sources")]
    "sources_oauth_source_types_list",
    #[cfg(feature = "sources")]
    "sources_plex_list",
    #[cfg(feature = "sources")]
    "sources_saml_list",
    #[cfg(feature = "sources")]
    "sources_scim_groups_list",
    #[cfg(feature = "sources")]
    "sources_scim_list",
    #[cfg(feature = "sources")]
    "sources_scim_users_list",
    #[cfg(feature = "sources")]
    "sources_telegram_list",
    #[cfg(feature = "sources")]
    "sources_user_connections_all_list",
    #[cfg(feature = "sources")]
    "sources_user_connections_kerberos_list",
    #[cfg(feature = "sources")]
    "sources_user_connections_ldap_list",
    #[cfg(feature = "sources")]
    "sources_user_connections_oauth_list",
    #[cfg(feature = "sources")]
    "sources_user_connections_plex_list",
    #[cfg(feature = "sources")]
    "sources_user_connections_saml_list",
    #[cfg(feature = "sources")]
    "sources_user_connections_telegram_list",
    #[cfg(feature = "ssf")]
    "ssf_streams_list",
    #[cfg(feature = "stages")]
    "stages_account_lockdown_list",
    #[cfg(feature = "stages")]
    "stages_all_list",
    #[cfg(feature = "stages")]
    "stages_all_types_list",
    #[cfg(feature = "stages")]
    "stages_all_user_settings_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_duo_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_email_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_endpoint_gdtc_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_sms_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_static_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_totp_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_validate_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_webauthn_device_types_list",
    #[cfg(feature = "stages")]
    "stages_authenticator_webauthn_list",
    #[cfg(feature = "stages")]
    "stages_captcha_list",
    #[cfg(feature = "stages")]
    "stages_consent_list",
    #[cfg(feature = "stages")]
    "stages_deny_list",
    #[cfg(feature = "stages")]
    "stages_dummy_list",
    #[cfg(feature = "stages")]
    "stages_email_list",
    #[cfg(feature = "stages")]
    "stages_email_templates_list",
    #[cfg(feature = "stages")]
    "stages_endpoints_list",
    #[cfg(feature = "stages")]
    "stages_identification_list",
    #[cfg(feature = "stages")]
    "stages_invitation_invitations_list",
    #[cfg(feature = "stages")]
    "stages_invitation_stages_list",
    #[cfg(feature = "stages")]
    "stages_mtls_list",
    #[cfg(feature = "stages")]
    "stages_password_list",
    #[cfg(feature = "stages")]
    "stages_prompt_prompts_list",
    #[cfg(feature = "stages")]
    "stages_prompt_stages_list",
    #[cfg(feature = "stages")]
    "stages_redirect_list",
    #[cfg(feature = "stages")]
    "stages_source_list",
    #[cfg(feature = "stages")]
    "stages_user_delete_list",
    #[cfg(feature = "stages")]
    "stages_user_login_list",
    #[cfg(feature = "stages")]
    "stages_user_logout_list",
    #[cfg(feature = "stages")]
    "stages_user_write_list",
    #[cfg(feature = "tasks")]
    "tasks_schedules_list",
    #[cfg(feature = "tasks")]
    "tasks_tasks_list",
    #[cfg(feature = "tasks")]
    "tasks_tasks_status_retrieve",
    #[cfg(feature = "tasks")]
    "tasks_workers_list",
    #[cfg(feature = "tenants")]
    "tenants_domains_list",
    #[cfg(feature = "tenants")]
    "tenants_tenants_list",
];
