//! Async client for the authentik API, schema version 2026.11.0-rc1.
//!
//! One method per operation, grouped by tag: `client.core().users_list(&params)`.
//! Path parameters and required parameters are arguments, the optional
//! ones a `*Params` struct with `Default`, bodies `&T` (uploads a `*Form`
//! struct with `FilePart`s). Every method returns a future that owns
//! what it needs (it can be spawned) and resolves to the 2xx body, or an
//! [`Error`]: `Validation` (400), `Forbidden` (403), `NotFound` (404) and
//! `MethodNotAllowed` (405) with their typed bodies, `Status` for other
//! documented statuses, `UnexpectedStatus`, `Decode` (with the serde path
//! of the failing field), `Transport` and `Request`. Paginated lists also
//! have a `*_stream` method that walks every page.
//!
//! Responses are decoded leniently: a required field the server left
//! out, or `null` where the schema allows none, gets a zero value, and
//! each such correction is reported (`ClientBuilder::on_correction`, and
//! a `tracing` event); `ClientBuilder::strict(true)` fails instead.
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
    reqwest, ApiError, BuildError, Bytes, Client, ClientBuilder, Correction,
    CorrectionKind, Corrections, DecodeError, FilePart, RequestError, StatusError,
    TransportError, DEFAULT_TIMEOUT,
};
use super::runtime::client::Documented;

/// The error of every operation: the runtime's error with this API's
/// validation (`400`) and generic (`403`, `404`, `405`) error bodies.
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
const ERRORS_400_403_404_405_415: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_2: &[(u16, Documented)] = &[
    (400, Documented::Other("Bad request")),
    (403, Documented::Forbidden),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_3: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("User not found")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_4: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Provider has no application assigned")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_5: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Token not found or expired")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_6: &[(u16, Documented)] = &[
    (400, Documented::Other("Invalid parameters")),
    (403, Documented::Forbidden),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_7: &[(u16, Documented)] = &[
    (400, Documented::Other("Token not found")),
    (403, Documented::Other("Access denied")),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_8: &[(u16, Documented)] = &[
    (400, Documented::Other("Bad request")),
    (403, Documented::Forbidden),
    (404, Documented::Other("User not found")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_9: &[(u16, Documented)] = &[
    (400, Documented::Other("Missing key")),
    (403, Documented::Forbidden),
    (404, Documented::Other("Token not found or expired")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_10: &[(u16, Documented)] = &[
    (
        400,
        Documented::Other("No lockdown flow configured or the flow is not applicable"),
    ),
    (403, Documented::Other("Permission denied (when targeting another user)")),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_11: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Device not found")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_500: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Task not found")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
    (500, Documented::Other("Failed to retry task")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_500_2: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
    (500, Documented::Other("Failed to test transport")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_12: &[(u16, Documented)] = &[
    (400, Documented::Other("No flow plan in session.")),
    (403, Documented::Forbidden),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_13: &[(u16, Documented)] = &[
    (400, Documented::Other("Flow not applicable")),
    (403, Documented::Forbidden),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_14: &[(u16, Documented)] = &[
    (400, Documented::Other("")),
    (403, Documented::Forbidden),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_15: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Other("Access denied")),
    (404, Documented::NotFound),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_500_3: &[(u16, Documented)] = &[
    (400, Documented::Validation),
    (403, Documented::Forbidden),
    (404, Documented::Other("Schedule not found")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
    (500, Documented::Other("Failed to send schedule")),
];
#[allow(dead_code)]
const ERRORS_400_403_404_405_415_16: &[(u16, Documented)] = &[
    (400, Documented::Other("Task is not in a retryable state")),
    (403, Documented::Forbidden),
    (404, Documented::Other("Task not found")),
    (405, Documented::MethodNotAllowed),
    (415, Documented::Other("Unsupported Media Type")),
];
#[allow(dead_code)]
const DEFAULT_SECURITY: &[&[&str]] = SECURITY_AUTHENTIK;
#[allow(dead_code)]
const DEFAULT_ERRORS: &[(u16, Documented)] = ERRORS_400_403_404_405_415;

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

    /// Operations tagged `admin` (17).
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

    /// Operations tagged `core` (82).
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

    /// Operations tagged `events` (37).
    #[cfg(feature = "events")]
    pub fn events(&self) -> events::EventsApi<'_> {
        events::EventsApi { client: self }
    }

    /// Operations tagged `flows` (25).
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

    /// Operations tagged `rbac` (34).
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

    /// Operations tagged `sources` (175).
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

static VERSION_PROBE: super::runtime::client::VersionProbe = super::runtime::client::VersionProbe {
    operation: &super::runtime::client::Operation {
        id: "admin_version_retrieve",
        method: super::runtime::client::Method::Get,
        path: "/admin/version/",
        security: &[&["authentik"]],
        errors: ERRORS_400_403_404_405_415,
    },
    field: "version_current",
};
impl Client {
    /// Ask the server which version it runs (`GET /admin/version/`, field `version_current`), and write request bodies in that version's form from now on (for example `redirect_uris` as a string for authentik before 2024.12), in this client and its clones.
    pub async fn detect_server_version(&self) -> Result<String, Error> {
        self.probe_version(&VERSION_PROBE).await
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
            "admin_metrics_retrieve" => to_json(client.admin().metrics_retrieve().await),
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
            #[cfg(feature = "admin")]
            "admin_workers_list" => to_json(client.admin().workers_list().await),
            #[cfg(feature = "admin")]
            "admin_workers_retrieve" => to_json(client.admin().workers_retrieve().await),
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
            "events_events_per_month_list" => {
                to_json(client.events().events_per_month_list(&Default::default()).await)
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
            "events_system_tasks_list" => {
                to_json(client.events().system_tasks_list(&Default::default()).await)
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
            "rbac_permissions_users_list" => {
                to_json(client.rbac().permissions_users_list(&Default::default()).await)
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
    "admin_metrics_retrieve",
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
    #[cfg(feature = "admin")]
    "admin_workers_list",
    #[cfg(feature = "admin")]
    "admin_workers_retrieve",
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
    "events_events_per_month_list",
    #[cfg(feature = "events")]
    "events_events_top_per_user_list",
    #[cfg(feature = "events")]
    "events_events_volume_list",
    #[cfg(feature = "events")]
    "events_notifications_list",
    #[cfg(feature = "events")]
    "events_rules_list",
    #[cfg(feature = "events")]
    "events_system_tasks_list",
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
    "rbac_permissions_users_list",
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
/// Call any operation with a JSON body (none: multipart and raw
/// bodies) by its operation id: path parameters parsed from `path`
/// in path order, the body from `body`, every other argument its zero
/// value and optional parameters unset; the 2xx body comes back as
/// JSON. `None`: no such operation. For tests that rewrite the
/// request (`ClientBuilder::on_request`), e.g. to replay a recorded
/// one (feature `test-dispatch`).
#[cfg(feature = "test-dispatch")]
#[doc(hidden)]
#[allow(deprecated, unused_variables, clippy::let_unit_value)]
pub async fn __call_operation(
    client: &Client,
    operation_id: &str,
    path: &[&str],
    body: Option<&::serde_json::Value>,
) -> Option<Result<::serde_json::Value, Error>> {
    use super::runtime::client::dispatch;
    fn to_json<T: ::serde::Serialize>(
        result: Result<T, Error>,
    ) -> Result<::serde_json::Value, Error> {
        result.map(|body| ::serde_json::to_value(body).unwrap_or_default())
    }

    Some(
        match operation_id {
            #[cfg(feature = "admin")]
            "admin_apps_list" => to_json(client.admin().apps_list().await),
            #[cfg(feature = "admin")]
            "admin_file_destroy" => {
                to_json(client.admin().file_destroy(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_file_list" => {
                to_json(client.admin().file_list(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_file_used_by_list" => {
                to_json(client.admin().file_used_by_list(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_metrics_retrieve" => to_json(client.admin().metrics_retrieve().await),
            #[cfg(feature = "admin")]
            "admin_models_list" => {
                to_json(client.admin().models_list(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_settings_partial_update" => {
                let b: models::PatchedSettingsRequest = match dispatch::body::<
                    models::PatchedSettingsRequest,
                    _,
                    _,
                >("admin_settings_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.admin().settings_partial_update(&b).await)
            }
            #[cfg(feature = "admin")]
            "admin_settings_retrieve" => {
                to_json(client.admin().settings_retrieve().await)
            }
            #[cfg(feature = "admin")]
            "admin_settings_update" => {
                let b: models::SettingsRequest = match dispatch::body::<
                    models::SettingsRequest,
                    _,
                    _,
                >("admin_settings_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.admin().settings_update(&b).await)
            }
            #[cfg(feature = "admin")]
            "admin_system_create" => to_json(client.admin().system_create().await),
            #[cfg(feature = "admin")]
            "admin_system_retrieve" => to_json(client.admin().system_retrieve().await),
            #[cfg(feature = "admin")]
            "admin_version_history_list" => {
                to_json(client.admin().version_history_list(&Default::default()).await)
            }
            #[cfg(feature = "admin")]
            "admin_version_history_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("admin_version_history_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.admin().version_history_retrieve(a0).await)
            }
            #[cfg(feature = "admin")]
            "admin_version_retrieve" => to_json(client.admin().version_retrieve().await),
            #[cfg(feature = "admin")]
            "admin_workers_list" => to_json(client.admin().workers_list().await),
            #[cfg(feature = "admin")]
            "admin_workers_retrieve" => to_json(client.admin().workers_retrieve().await),
            #[cfg(feature = "agents")]
            "agents_agents_create" => {
                let b: models::AgentCreateRequest = match dispatch::body::<
                    models::AgentCreateRequest,
                    _,
                    _,
                >("agents_agents_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.agents().agents_create(&b).await)
            }
            #[cfg(feature = "agents")]
            "agents_agents_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("agents_agents_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.agents().agents_destroy(a0).await)
            }
            #[cfg(feature = "agents")]
            "agents_agents_list" => {
                to_json(client.agents().agents_list(&Default::default()).await)
            }
            #[cfg(feature = "agents")]
            "agents_agents_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("agents_agents_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAgentRequest = match dispatch::body::<
                    models::PatchedAgentRequest,
                    _,
                    _,
                >("agents_agents_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.agents().agents_partial_update(a0, &b).await)
            }
            #[cfg(feature = "agents")]
            "agents_agents_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("agents_agents_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.agents().agents_retrieve(a0).await)
            }
            #[cfg(feature = "agents")]
            "agents_agents_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("agents_agents_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AgentRequest = match dispatch::body::<
                    models::AgentRequest,
                    _,
                    _,
                >("agents_agents_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.agents().agents_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_all_list" => {
                to_json(
                    client.authenticators().admin_all_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_create" => {
                let b: models::DuoDeviceRequest = match dispatch::body::<
                    models::DuoDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_duo_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_duo_create(&b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_duo_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_duo_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_list" => {
                to_json(
                    client.authenticators().admin_duo_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_duo_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDuoDeviceRequest = match dispatch::body::<
                    models::PatchedDuoDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_duo_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_duo_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_duo_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_duo_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_duo_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DuoDeviceRequest = match dispatch::body::<
                    models::DuoDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_duo_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_duo_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_create" => {
                let b: models::EmailDeviceRequest = match dispatch::body::<
                    models::EmailDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_email_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_email_create(&b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_email_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_email_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_list" => {
                to_json(
                    client.authenticators().admin_email_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_email_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEmailDeviceRequest = match dispatch::body::<
                    models::PatchedEmailDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_email_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_email_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_email_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_email_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_email_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EmailDeviceRequest = match dispatch::body::<
                    models::EmailDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_email_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_email_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_create" => {
                let b: models::GoogleEndpointDeviceRequest = match dispatch::body::<
                    models::GoogleEndpointDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_endpoint_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_endpoint_create(&b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("authenticators_admin_endpoint_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_endpoint_destroy(a0).await)
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
            "authenticators_admin_endpoint_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("authenticators_admin_endpoint_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGoogleEndpointDeviceRequest = match dispatch::body::<
                    models::PatchedGoogleEndpointDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_endpoint_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.authenticators().admin_endpoint_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("authenticators_admin_endpoint_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_endpoint_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("authenticators_admin_endpoint_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GoogleEndpointDeviceRequest = match dispatch::body::<
                    models::GoogleEndpointDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_endpoint_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_endpoint_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_create" => {
                let b: models::SMSDeviceRequest = match dispatch::body::<
                    models::SMSDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_sms_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_sms_create(&b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_sms_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_sms_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_list" => {
                to_json(
                    client.authenticators().admin_sms_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_sms_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSMSDeviceRequest = match dispatch::body::<
                    models::PatchedSMSDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_sms_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_sms_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_sms_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_sms_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_sms_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SMSDeviceRequest = match dispatch::body::<
                    models::SMSDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_sms_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_sms_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_create" => {
                let b: models::StaticDeviceRequest = match dispatch::body::<
                    models::StaticDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_static_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_static_create(&b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_static_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_static_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_list" => {
                to_json(
                    client.authenticators().admin_static_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_static_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedStaticDeviceRequest = match dispatch::body::<
                    models::PatchedStaticDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_static_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.authenticators().admin_static_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_static_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_static_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_static_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::StaticDeviceRequest = match dispatch::body::<
                    models::StaticDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_static_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_static_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_create" => {
                let b: models::TOTPDeviceRequest = match dispatch::body::<
                    models::TOTPDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_totp_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_totp_create(&b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_totp_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_totp_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_list" => {
                to_json(
                    client.authenticators().admin_totp_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_totp_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedTOTPDeviceRequest = match dispatch::body::<
                    models::PatchedTOTPDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_totp_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_totp_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_totp_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_totp_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_totp_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TOTPDeviceRequest = match dispatch::body::<
                    models::TOTPDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_totp_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_totp_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_create" => {
                let b: models::WebAuthnDeviceRequest = match dispatch::body::<
                    models::WebAuthnDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_webauthn_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_webauthn_create(&b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_webauthn_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_webauthn_destroy(a0).await)
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
            "authenticators_admin_webauthn_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_webauthn_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedWebAuthnDeviceRequest = match dispatch::body::<
                    models::PatchedWebAuthnDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_webauthn_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.authenticators().admin_webauthn_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_webauthn_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_webauthn_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_admin_webauthn_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::WebAuthnDeviceRequest = match dispatch::body::<
                    models::WebAuthnDeviceRequest,
                    _,
                    _,
                >("authenticators_admin_webauthn_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().admin_webauthn_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_all_list" => {
                to_json(client.authenticators().all_list().await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_duo_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().duo_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_list" => {
                to_json(client.authenticators().duo_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_duo_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDuoDeviceRequest = match dispatch::body::<
                    models::PatchedDuoDeviceRequest,
                    _,
                    _,
                >("authenticators_duo_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().duo_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_duo_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().duo_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_duo_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DuoDeviceRequest = match dispatch::body::<
                    models::DuoDeviceRequest,
                    _,
                    _,
                >("authenticators_duo_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().duo_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_duo_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().duo_used_by_list(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_email_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().email_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_list" => {
                to_json(client.authenticators().email_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_email_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEmailDeviceRequest = match dispatch::body::<
                    models::PatchedEmailDeviceRequest,
                    _,
                    _,
                >("authenticators_email_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().email_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_email_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().email_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_email_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EmailDeviceRequest = match dispatch::body::<
                    models::EmailDeviceRequest,
                    _,
                    _,
                >("authenticators_email_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().email_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_email_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().email_used_by_list(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_endpoint_list" => {
                to_json(client.authenticators().endpoint_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_endpoint_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("authenticators_endpoint_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().endpoint_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_endpoint_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("authenticators_endpoint_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().endpoint_used_by_list(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_sms_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().sms_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_list" => {
                to_json(client.authenticators().sms_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_sms_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSMSDeviceRequest = match dispatch::body::<
                    models::PatchedSMSDeviceRequest,
                    _,
                    _,
                >("authenticators_sms_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().sms_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_sms_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().sms_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_sms_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SMSDeviceRequest = match dispatch::body::<
                    models::SMSDeviceRequest,
                    _,
                    _,
                >("authenticators_sms_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().sms_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_sms_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().sms_used_by_list(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_static_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().static_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_list" => {
                to_json(client.authenticators().static_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_static_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedStaticDeviceRequest = match dispatch::body::<
                    models::PatchedStaticDeviceRequest,
                    _,
                    _,
                >("authenticators_static_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().static_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_static_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().static_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_static_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::StaticDeviceRequest = match dispatch::body::<
                    models::StaticDeviceRequest,
                    _,
                    _,
                >("authenticators_static_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().static_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_static_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().static_used_by_list(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_totp_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().totp_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_list" => {
                to_json(client.authenticators().totp_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_totp_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedTOTPDeviceRequest = match dispatch::body::<
                    models::PatchedTOTPDeviceRequest,
                    _,
                    _,
                >("authenticators_totp_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().totp_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_totp_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().totp_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_totp_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TOTPDeviceRequest = match dispatch::body::<
                    models::TOTPDeviceRequest,
                    _,
                    _,
                >("authenticators_totp_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().totp_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_totp_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().totp_used_by_list(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_webauthn_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().webauthn_destroy(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_list" => {
                to_json(client.authenticators().webauthn_list(&Default::default()).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_webauthn_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedWebAuthnDeviceRequest = match dispatch::body::<
                    models::PatchedWebAuthnDeviceRequest,
                    _,
                    _,
                >("authenticators_webauthn_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().webauthn_partial_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_webauthn_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().webauthn_retrieve(a0).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_webauthn_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::WebAuthnDeviceRequest = match dispatch::body::<
                    models::WebAuthnDeviceRequest,
                    _,
                    _,
                >("authenticators_webauthn_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().webauthn_update(a0, &b).await)
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("authenticators_webauthn_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.authenticators().webauthn_used_by_list(a0).await)
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_create" => {
                let b: models::ApplicationEntitlementRequest = match dispatch::body::<
                    models::ApplicationEntitlementRequest,
                    _,
                    _,
                >("core_application_entitlements_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().application_entitlements_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_application_entitlements_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().application_entitlements_destroy(a0).await)
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
            "core_application_entitlements_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_application_entitlements_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedApplicationEntitlementRequest = match dispatch::body::<
                    models::PatchedApplicationEntitlementRequest,
                    _,
                    _,
                >("core_application_entitlements_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.core().application_entitlements_partial_update(a0, &b).await,
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
            "core_application_entitlements_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_application_entitlements_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().application_entitlements_retrieve(a0).await)
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_application_entitlements_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ApplicationEntitlementRequest = match dispatch::body::<
                    models::ApplicationEntitlementRequest,
                    _,
                    _,
                >("core_application_entitlements_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().application_entitlements_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_application_entitlements_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().application_entitlements_used_by_list(a0).await)
            }
            #[cfg(feature = "core")]
            "core_applications_check_access_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_applications_check_access_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .core()
                        .applications_check_access_retrieve(&a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "core")]
            "core_applications_create" => {
                let b: models::ApplicationRequest = match dispatch::body::<
                    models::ApplicationRequest,
                    _,
                    _,
                >("core_applications_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().applications_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_applications_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_applications_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().applications_destroy(&a0).await)
            }
            #[cfg(feature = "core")]
            "core_applications_list" => {
                to_json(client.core().applications_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_applications_metrics_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_applications_metrics_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().applications_metrics_list(&a0).await)
            }
            #[cfg(feature = "core")]
            "core_applications_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_applications_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedApplicationRequest = match dispatch::body::<
                    models::PatchedApplicationRequest,
                    _,
                    _,
                >("core_applications_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().applications_partial_update(&a0, &b).await)
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
            "core_applications_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_applications_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().applications_retrieve(&a0).await)
            }
            #[cfg(feature = "core")]
            "core_applications_set_icon_url_create" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_applications_set_icon_url_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::FilePathRequest = match dispatch::body::<
                    models::FilePathRequest,
                    _,
                    _,
                >("core_applications_set_icon_url_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().applications_set_icon_url_create(&a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_applications_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_applications_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ApplicationRequest = match dispatch::body::<
                    models::ApplicationRequest,
                    _,
                    _,
                >("core_applications_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().applications_update(&a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_applications_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_applications_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().applications_used_by_list(&a0).await)
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_bulk_delete_destroy" => {
                let a0: Vec<i64> = match dispatch::zero::<
                    Vec<i64>,
                    _,
                    _,
                >("core_authenticated_sessions_bulk_delete_destroy") {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.core().authenticated_sessions_bulk_delete_destroy(&a0).await,
                )
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_authenticated_sessions_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().authenticated_sessions_destroy(a0).await)
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_list" => {
                to_json(
                    client.core().authenticated_sessions_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_authenticated_sessions_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().authenticated_sessions_retrieve(a0).await)
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_authenticated_sessions_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().authenticated_sessions_used_by_list(a0).await)
            }
            #[cfg(feature = "core")]
            "core_brands_create" => {
                let b: models::BrandRequest = match dispatch::body::<
                    models::BrandRequest,
                    _,
                    _,
                >("core_brands_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().brands_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_brands_current_retrieve" => {
                to_json(client.core().brands_current_retrieve().await)
            }
            #[cfg(feature = "core")]
            "core_brands_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_brands_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().brands_destroy(a0).await)
            }
            #[cfg(feature = "core")]
            "core_brands_list" => {
                to_json(client.core().brands_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_brands_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_brands_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedBrandRequest = match dispatch::body::<
                    models::PatchedBrandRequest,
                    _,
                    _,
                >("core_brands_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().brands_partial_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_brands_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_brands_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().brands_retrieve(a0).await)
            }
            #[cfg(feature = "core")]
            "core_brands_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_brands_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::BrandRequest = match dispatch::body::<
                    models::BrandRequest,
                    _,
                    _,
                >("core_brands_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().brands_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_brands_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_brands_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().brands_used_by_list(a0).await)
            }
            #[cfg(feature = "core")]
            "core_groups_add_user_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_groups_add_user_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserAccountRequest = match dispatch::body::<
                    models::UserAccountRequest,
                    _,
                    _,
                >("core_groups_add_user_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().groups_add_user_create(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_groups_create" => {
                let b: models::GroupRequest = match dispatch::body::<
                    models::GroupRequest,
                    _,
                    _,
                >("core_groups_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().groups_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_groups_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_groups_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().groups_destroy(a0).await)
            }
            #[cfg(feature = "core")]
            "core_groups_list" => {
                to_json(client.core().groups_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_groups_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_groups_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGroupRequest = match dispatch::body::<
                    models::PatchedGroupRequest,
                    _,
                    _,
                >("core_groups_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().groups_partial_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_groups_remove_user_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_groups_remove_user_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserAccountRequest = match dispatch::body::<
                    models::UserAccountRequest,
                    _,
                    _,
                >("core_groups_remove_user_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().groups_remove_user_create(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_groups_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_groups_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().groups_retrieve(a0, &Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_groups_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_groups_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GroupRequest = match dispatch::body::<
                    models::GroupRequest,
                    _,
                    _,
                >("core_groups_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().groups_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_groups_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_groups_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().groups_used_by_list(a0).await)
            }
            #[cfg(feature = "core")]
            "core_object_attributes_create" => {
                let b: models::ObjectAttributeRequest = match dispatch::body::<
                    models::ObjectAttributeRequest,
                    _,
                    _,
                >("core_object_attributes_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().object_attributes_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_object_attributes_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_object_attributes_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().object_attributes_destroy(a0).await)
            }
            #[cfg(feature = "core")]
            "core_object_attributes_list" => {
                to_json(client.core().object_attributes_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_object_attributes_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_object_attributes_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedObjectAttributeRequest = match dispatch::body::<
                    models::PatchedObjectAttributeRequest,
                    _,
                    _,
                >("core_object_attributes_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().object_attributes_partial_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_object_attributes_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_object_attributes_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().object_attributes_retrieve(a0).await)
            }
            #[cfg(feature = "core")]
            "core_object_attributes_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("core_object_attributes_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ObjectAttributeRequest = match dispatch::body::<
                    models::ObjectAttributeRequest,
                    _,
                    _,
                >("core_object_attributes_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().object_attributes_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_create" => {
                let b: models::TokenRequest = match dispatch::body::<
                    models::TokenRequest,
                    _,
                    _,
                >("core_tokens_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().tokens_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_tokens_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().tokens_destroy(&a0).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_list" => {
                to_json(client.core().tokens_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_tokens_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedTokenRequest = match dispatch::body::<
                    models::PatchedTokenRequest,
                    _,
                    _,
                >("core_tokens_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().tokens_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_tokens_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().tokens_retrieve(&a0).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_set_key_create" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_tokens_set_key_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TokenSetKeyRequest = match dispatch::body::<
                    models::TokenSetKeyRequest,
                    _,
                    _,
                >("core_tokens_set_key_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().tokens_set_key_create(&a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_tokens_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TokenRequest = match dispatch::body::<
                    models::TokenRequest,
                    _,
                    _,
                >("core_tokens_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().tokens_update(&a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_tokens_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().tokens_used_by_list(&a0).await)
            }
            #[cfg(feature = "core")]
            "core_tokens_view_key_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("core_tokens_view_key_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().tokens_view_key_retrieve(&a0).await)
            }
            #[cfg(feature = "core")]
            "core_transactional_applications_update" => {
                let b: models::TransactionApplicationRequest = match dispatch::body::<
                    models::TransactionApplicationRequest,
                    _,
                    _,
                >("core_transactional_applications_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().transactional_applications_update(&b).await)
            }
            #[cfg(feature = "core")]
            "core_user_consent_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_user_consent_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().user_consent_destroy(a0).await)
            }
            #[cfg(feature = "core")]
            "core_user_consent_list" => {
                to_json(client.core().user_consent_list(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_user_consent_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_user_consent_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().user_consent_retrieve(a0).await)
            }
            #[cfg(feature = "core")]
            "core_user_consent_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_user_consent_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().user_consent_used_by_list(a0).await)
            }
            #[cfg(feature = "core")]
            "core_users_account_lockdown_create" => {
                let b: models::UserAccountLockdownRequest = match dispatch::body::<
                    models::UserAccountLockdownRequest,
                    _,
                    _,
                >("core_users_account_lockdown_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_account_lockdown_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_users_create" => {
                let b: models::UserRequest = match dispatch::body::<
                    models::UserRequest,
                    _,
                    _,
                >("core_users_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_users_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_destroy(a0).await)
            }
            #[cfg(feature = "core")]
            "core_users_export_create" => {
                to_json(client.core().users_export_create(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_users_impersonate_create" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_impersonate_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ImpersonationRequest = match dispatch::body::<
                    models::ImpersonationRequest,
                    _,
                    _,
                >("core_users_impersonate_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_impersonate_create(a0, &b).await)
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
            "core_users_metrics_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_metrics_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_metrics_retrieve(a0).await)
            }
            #[cfg(feature = "core")]
            "core_users_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserRequest = match dispatch::body::<
                    models::PatchedUserRequest,
                    _,
                    _,
                >("core_users_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_partial_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_users_paths_retrieve" => {
                to_json(client.core().users_paths_retrieve(&Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_users_recovery_create" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_recovery_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserRecoveryLinkRequest = match dispatch::body::<
                    models::UserRecoveryLinkRequest,
                    _,
                    _,
                >("core_users_recovery_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_recovery_create(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_users_recovery_email_create" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_recovery_email_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserRecoveryEmailRequest = match dispatch::body::<
                    models::UserRecoveryEmailRequest,
                    _,
                    _,
                >("core_users_recovery_email_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_recovery_email_create(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_users_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_retrieve(a0).await)
            }
            #[cfg(feature = "core")]
            "core_users_service_account_create" => {
                let b: models::UserServiceAccountRequest = match dispatch::body::<
                    models::UserServiceAccountRequest,
                    _,
                    _,
                >("core_users_service_account_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_service_account_create(&b).await)
            }
            #[cfg(feature = "core")]
            "core_users_set_password_create" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_set_password_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserPasswordSetRequest = match dispatch::body::<
                    models::UserPasswordSetRequest,
                    _,
                    _,
                >("core_users_set_password_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_set_password_create(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_users_set_password_hash_create" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_set_password_hash_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserPasswordHashSetRequest = match dispatch::body::<
                    models::UserPasswordHashSetRequest,
                    _,
                    _,
                >("core_users_set_password_hash_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_set_password_hash_create(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_users_switch_create" => {
                let b: models::UserSwitchRequest = match dispatch::body::<
                    models::UserSwitchRequest,
                    _,
                    _,
                >("core_users_switch_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_switch_create(&b, &Default::default()).await)
            }
            #[cfg(feature = "core")]
            "core_users_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserRequest = match dispatch::body::<
                    models::UserRequest,
                    _,
                    _,
                >("core_users_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_update(a0, &b).await)
            }
            #[cfg(feature = "core")]
            "core_users_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("core_users_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.core().users_used_by_list(a0).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_create" => {
                let b: models::CertificateKeyPairRequest = match dispatch::body::<
                    models::CertificateKeyPairRequest,
                    _,
                    _,
                >("crypto_certificatekeypairs_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.crypto().certificatekeypairs_create(&b).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("crypto_certificatekeypairs_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.crypto().certificatekeypairs_destroy(a0).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_generate_create" => {
                let b: models::CertificateGenerationRequest = match dispatch::body::<
                    models::CertificateGenerationRequest,
                    _,
                    _,
                >("crypto_certificatekeypairs_generate_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.crypto().certificatekeypairs_generate_create(&b).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_list" => {
                to_json(
                    client.crypto().certificatekeypairs_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("crypto_certificatekeypairs_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedCertificateKeyPairRequest = match dispatch::body::<
                    models::PatchedCertificateKeyPairRequest,
                    _,
                    _,
                >("crypto_certificatekeypairs_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.crypto().certificatekeypairs_partial_update(a0, &b).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("crypto_certificatekeypairs_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.crypto().certificatekeypairs_retrieve(a0).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("crypto_certificatekeypairs_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::CertificateKeyPairRequest = match dispatch::body::<
                    models::CertificateKeyPairRequest,
                    _,
                    _,
                >("crypto_certificatekeypairs_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.crypto().certificatekeypairs_update(a0, &b).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("crypto_certificatekeypairs_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.crypto().certificatekeypairs_used_by_list(a0).await)
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_view_certificate_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("crypto_certificatekeypairs_view_certificate_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .crypto()
                        .certificatekeypairs_view_certificate_retrieve(
                            a0,
                            &Default::default(),
                        )
                        .await,
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_view_private_key_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("crypto_certificatekeypairs_view_private_key_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .crypto()
                        .certificatekeypairs_view_private_key_retrieve(
                            a0,
                            &Default::default(),
                        )
                        .await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_agent_config_retrieve" => {
                to_json(
                    client.endpoints().agents_connectors_agent_config_retrieve().await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_auth_fed_create" => {
                let a0: String = match dispatch::zero::<
                    String,
                    _,
                    _,
                >("endpoints_agents_connectors_auth_fed_create") {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_connectors_auth_fed_create(&a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_auth_ia_create" => {
                to_json(client.endpoints().agents_connectors_auth_ia_create().await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_check_in_create" => {
                let b: models::DeviceFactsRequest = match dispatch::body::<
                    models::DeviceFactsRequest,
                    _,
                    _,
                >("endpoints_agents_connectors_check_in_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_connectors_check_in_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_create" => {
                let b: models::AgentConnectorRequest = match dispatch::body::<
                    models::AgentConnectorRequest,
                    _,
                    _,
                >("endpoints_agents_connectors_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_connectors_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_connectors_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_connectors_destroy(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_enroll_create" => {
                let b: models::EnrollRequest = match dispatch::body::<
                    models::EnrollRequest,
                    _,
                    _,
                >("endpoints_agents_connectors_enroll_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_connectors_enroll_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_list" => {
                to_json(
                    client.endpoints().agents_connectors_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_mdm_config_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_connectors_mdm_config_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::MDMConfigRequest = match dispatch::body::<
                    models::MDMConfigRequest,
                    _,
                    _,
                >("endpoints_agents_connectors_mdm_config_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.endpoints().agents_connectors_mdm_config_create(a0, &b).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_connectors_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAgentConnectorRequest = match dispatch::body::<
                    models::PatchedAgentConnectorRequest,
                    _,
                    _,
                >("endpoints_agents_connectors_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.endpoints().agents_connectors_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_connectors_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_connectors_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_connectors_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AgentConnectorRequest = match dispatch::body::<
                    models::AgentConnectorRequest,
                    _,
                    _,
                >("endpoints_agents_connectors_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_connectors_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_connectors_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_connectors_used_by_list(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_create" => {
                let b: models::EnrollmentTokenRequest = match dispatch::body::<
                    models::EnrollmentTokenRequest,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_enrollment_tokens_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_enrollment_tokens_destroy(a0).await)
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
            "endpoints_agents_enrollment_tokens_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEnrollmentTokenRequest = match dispatch::body::<
                    models::PatchedEnrollmentTokenRequest,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_enrollment_tokens_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EnrollmentTokenRequest = match dispatch::body::<
                    models::EnrollmentTokenRequest,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_enrollment_tokens_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.endpoints().agents_enrollment_tokens_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_view_key_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_enrollment_tokens_view_key_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_view_key_retrieve(a0)
                        .await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_create" => {
                let b: models::AppleIndependentSecureEnclaveRequest = match dispatch::body::<
                    models::AppleIndependentSecureEnclaveRequest,
                    _,
                    _,
                >("endpoints_agents_psso_ise_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_psso_ise_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_psso_ise_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_psso_ise_destroy(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_list" => {
                to_json(
                    client.endpoints().agents_psso_ise_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_psso_ise_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAppleIndependentSecureEnclaveRequest = match dispatch::body::<
                    models::PatchedAppleIndependentSecureEnclaveRequest,
                    _,
                    _,
                >("endpoints_agents_psso_ise_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_psso_ise_partial_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_psso_ise_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_psso_ise_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_psso_ise_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AppleIndependentSecureEnclaveRequest = match dispatch::body::<
                    models::AppleIndependentSecureEnclaveRequest,
                    _,
                    _,
                >("endpoints_agents_psso_ise_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_psso_ise_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_agents_psso_ise_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_psso_ise_used_by_list(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_register_device_create" => {
                let b: models::AgentPSSODeviceRegistrationRequest = match dispatch::body::<
                    models::AgentPSSODeviceRegistrationRequest,
                    _,
                    _,
                >("endpoints_agents_psso_register_device_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_psso_register_device_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_register_user_create" => {
                let b: models::AgentPSSOUserRegistrationRequest = match dispatch::body::<
                    models::AgentPSSOUserRegistrationRequest,
                    _,
                    _,
                >("endpoints_agents_psso_register_user_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().agents_psso_register_user_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_connectors_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().connectors_destroy(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_list" => {
                to_json(client.endpoints().connectors_list(&Default::default()).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_connectors_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().connectors_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_types_list" => {
                to_json(client.endpoints().connectors_types_list().await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_connectors_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().connectors_used_by_list(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_create" => {
                let b: models::DeviceAccessGroupRequest = match dispatch::body::<
                    models::DeviceAccessGroupRequest,
                    _,
                    _,
                >("endpoints_device_access_groups_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_access_groups_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_access_groups_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_access_groups_destroy(a0).await)
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
            "endpoints_device_access_groups_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_access_groups_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDeviceAccessGroupRequest = match dispatch::body::<
                    models::PatchedDeviceAccessGroupRequest,
                    _,
                    _,
                >("endpoints_device_access_groups_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.endpoints().device_access_groups_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_access_groups_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_access_groups_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_access_groups_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DeviceAccessGroupRequest = match dispatch::body::<
                    models::DeviceAccessGroupRequest,
                    _,
                    _,
                >("endpoints_device_access_groups_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_access_groups_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_access_groups_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_access_groups_used_by_list(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_create" => {
                let b: models::DeviceUserBindingRequest = match dispatch::body::<
                    models::DeviceUserBindingRequest,
                    _,
                    _,
                >("endpoints_device_bindings_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_bindings_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_bindings_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_bindings_destroy(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_list" => {
                to_json(
                    client.endpoints().device_bindings_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_bindings_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDeviceUserBindingRequest = match dispatch::body::<
                    models::PatchedDeviceUserBindingRequest,
                    _,
                    _,
                >("endpoints_device_bindings_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_bindings_partial_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_bindings_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_bindings_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_bindings_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DeviceUserBindingRequest = match dispatch::body::<
                    models::DeviceUserBindingRequest,
                    _,
                    _,
                >("endpoints_device_bindings_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_bindings_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_device_bindings_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().device_bindings_used_by_list(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_devices_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().devices_destroy(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_list" => {
                to_json(client.endpoints().devices_list(&Default::default()).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_devices_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEndpointDeviceRequest = match dispatch::body::<
                    models::PatchedEndpointDeviceRequest,
                    _,
                    _,
                >("endpoints_devices_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().devices_partial_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_devices_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().devices_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_summary_retrieve" => {
                to_json(client.endpoints().devices_summary_retrieve().await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_devices_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EndpointDeviceRequest = match dispatch::body::<
                    models::EndpointDeviceRequest,
                    _,
                    _,
                >("endpoints_devices_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().devices_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_devices_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().devices_used_by_list(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_create" => {
                let b: models::FleetConnectorRequest = match dispatch::body::<
                    models::FleetConnectorRequest,
                    _,
                    _,
                >("endpoints_fleet_connectors_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().fleet_connectors_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_fleet_connectors_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().fleet_connectors_destroy(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_list" => {
                to_json(
                    client.endpoints().fleet_connectors_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_fleet_connectors_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedFleetConnectorRequest = match dispatch::body::<
                    models::PatchedFleetConnectorRequest,
                    _,
                    _,
                >("endpoints_fleet_connectors_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().fleet_connectors_partial_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_fleet_connectors_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().fleet_connectors_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_fleet_connectors_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::FleetConnectorRequest = match dispatch::body::<
                    models::FleetConnectorRequest,
                    _,
                    _,
                >("endpoints_fleet_connectors_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().fleet_connectors_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_fleet_connectors_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().fleet_connectors_used_by_list(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_create" => {
                let b: models::GoogleChromeConnectorRequest = match dispatch::body::<
                    models::GoogleChromeConnectorRequest,
                    _,
                    _,
                >("endpoints_google_chrome_connectors_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().google_chrome_connectors_create(&b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_google_chrome_connectors_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().google_chrome_connectors_destroy(a0).await)
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
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_google_chrome_connectors_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGoogleChromeConnectorRequest = match dispatch::body::<
                    models::PatchedGoogleChromeConnectorRequest,
                    _,
                    _,
                >("endpoints_google_chrome_connectors_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .endpoints()
                        .google_chrome_connectors_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_google_chrome_connectors_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().google_chrome_connectors_retrieve(a0).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_google_chrome_connectors_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GoogleChromeConnectorRequest = match dispatch::body::<
                    models::GoogleChromeConnectorRequest,
                    _,
                    _,
                >("endpoints_google_chrome_connectors_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.endpoints().google_chrome_connectors_update(a0, &b).await)
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("endpoints_google_chrome_connectors_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.endpoints().google_chrome_connectors_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_create" => {
                let b: models::LicenseRequest = match dispatch::body::<
                    models::LicenseRequest,
                    _,
                    _,
                >("enterprise_license_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.enterprise().license_create(&b).await)
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("enterprise_license_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.enterprise().license_destroy(a0).await)
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
            "enterprise_license_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("enterprise_license_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedLicenseRequest = match dispatch::body::<
                    models::PatchedLicenseRequest,
                    _,
                    _,
                >("enterprise_license_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.enterprise().license_partial_update(a0, &b).await)
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("enterprise_license_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.enterprise().license_retrieve(a0).await)
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
            #[cfg(feature = "enterprise")]
            "enterprise_license_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("enterprise_license_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::LicenseRequest = match dispatch::body::<
                    models::LicenseRequest,
                    _,
                    _,
                >("enterprise_license_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.enterprise().license_update(a0, &b).await)
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("enterprise_license_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.enterprise().license_used_by_list(a0).await)
            }
            #[cfg(feature = "events")]
            "events_events_actions_list" => {
                to_json(client.events().events_actions_list().await)
            }
            #[cfg(feature = "events")]
            "events_events_create" => {
                let b: models::EventRequest = match dispatch::body::<
                    models::EventRequest,
                    _,
                    _,
                >("events_events_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().events_create(&b).await)
            }
            #[cfg(feature = "events")]
            "events_events_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_events_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().events_destroy(a0).await)
            }
            #[cfg(feature = "events")]
            "events_events_export_create" => {
                to_json(client.events().events_export_create(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_events_list" => {
                to_json(client.events().events_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_events_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_events_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEventRequest = match dispatch::body::<
                    models::PatchedEventRequest,
                    _,
                    _,
                >("events_events_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().events_partial_update(a0, &b).await)
            }
            #[cfg(feature = "events")]
            "events_events_per_month_list" => {
                to_json(client.events().events_per_month_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_events_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_events_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().events_retrieve(a0).await)
            }
            #[cfg(feature = "events")]
            "events_events_stats_retrieve" => {
                let a0: Vec<String> = match dispatch::zero::<
                    Vec<String>,
                    _,
                    _,
                >("events_events_stats_retrieve") {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.events().events_stats_retrieve(&a0, &Default::default()).await,
                )
            }
            #[cfg(feature = "events")]
            "events_events_top_per_user_list" => {
                to_json(
                    client.events().events_top_per_user_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "events")]
            "events_events_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_events_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EventRequest = match dispatch::body::<
                    models::EventRequest,
                    _,
                    _,
                >("events_events_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().events_update(a0, &b).await)
            }
            #[cfg(feature = "events")]
            "events_events_volume_list" => {
                to_json(client.events().events_volume_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_notifications_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_notifications_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().notifications_destroy(a0).await)
            }
            #[cfg(feature = "events")]
            "events_notifications_list" => {
                to_json(client.events().notifications_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_notifications_mark_all_seen_create" => {
                to_json(client.events().notifications_mark_all_seen_create().await)
            }
            #[cfg(feature = "events")]
            "events_notifications_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_notifications_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedNotificationRequest = match dispatch::body::<
                    models::PatchedNotificationRequest,
                    _,
                    _,
                >("events_notifications_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().notifications_partial_update(a0, &b).await)
            }
            #[cfg(feature = "events")]
            "events_notifications_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_notifications_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().notifications_retrieve(a0).await)
            }
            #[cfg(feature = "events")]
            "events_notifications_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_notifications_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::NotificationRequest = match dispatch::body::<
                    models::NotificationRequest,
                    _,
                    _,
                >("events_notifications_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().notifications_update(a0, &b).await)
            }
            #[cfg(feature = "events")]
            "events_notifications_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_notifications_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().notifications_used_by_list(a0).await)
            }
            #[cfg(feature = "events")]
            "events_rules_create" => {
                let b: models::NotificationRuleRequest = match dispatch::body::<
                    models::NotificationRuleRequest,
                    _,
                    _,
                >("events_rules_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().rules_create(&b).await)
            }
            #[cfg(feature = "events")]
            "events_rules_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_rules_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().rules_destroy(a0).await)
            }
            #[cfg(feature = "events")]
            "events_rules_list" => {
                to_json(client.events().rules_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_rules_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_rules_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedNotificationRuleRequest = match dispatch::body::<
                    models::PatchedNotificationRuleRequest,
                    _,
                    _,
                >("events_rules_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().rules_partial_update(a0, &b).await)
            }
            #[cfg(feature = "events")]
            "events_rules_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_rules_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().rules_retrieve(a0).await)
            }
            #[cfg(feature = "events")]
            "events_rules_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_rules_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::NotificationRuleRequest = match dispatch::body::<
                    models::NotificationRuleRequest,
                    _,
                    _,
                >("events_rules_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().rules_update(a0, &b).await)
            }
            #[cfg(feature = "events")]
            "events_rules_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_rules_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().rules_used_by_list(a0).await)
            }
            #[cfg(feature = "events")]
            "events_system_tasks_list" => {
                to_json(client.events().system_tasks_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_system_tasks_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_system_tasks_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().system_tasks_retrieve(a0).await)
            }
            #[cfg(feature = "events")]
            "events_system_tasks_run_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_system_tasks_run_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().system_tasks_run_create(a0).await)
            }
            #[cfg(feature = "events")]
            "events_transports_create" => {
                let b: models::NotificationTransportRequest = match dispatch::body::<
                    models::NotificationTransportRequest,
                    _,
                    _,
                >("events_transports_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().transports_create(&b).await)
            }
            #[cfg(feature = "events")]
            "events_transports_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_transports_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().transports_destroy(a0).await)
            }
            #[cfg(feature = "events")]
            "events_transports_list" => {
                to_json(client.events().transports_list(&Default::default()).await)
            }
            #[cfg(feature = "events")]
            "events_transports_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_transports_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedNotificationTransportRequest = match dispatch::body::<
                    models::PatchedNotificationTransportRequest,
                    _,
                    _,
                >("events_transports_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().transports_partial_update(a0, &b).await)
            }
            #[cfg(feature = "events")]
            "events_transports_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_transports_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().transports_retrieve(a0).await)
            }
            #[cfg(feature = "events")]
            "events_transports_test_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_transports_test_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().transports_test_create(a0).await)
            }
            #[cfg(feature = "events")]
            "events_transports_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_transports_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::NotificationTransportRequest = match dispatch::body::<
                    models::NotificationTransportRequest,
                    _,
                    _,
                >("events_transports_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().transports_update(a0, &b).await)
            }
            #[cfg(feature = "events")]
            "events_transports_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("events_transports_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.events().transports_used_by_list(a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_bindings_create" => {
                let b: models::FlowStageBindingRequest = match dispatch::body::<
                    models::FlowStageBindingRequest,
                    _,
                    _,
                >("flows_bindings_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().bindings_create(&b).await)
            }
            #[cfg(feature = "flows")]
            "flows_bindings_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("flows_bindings_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().bindings_destroy(a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_bindings_list" => {
                to_json(client.flows().bindings_list(&Default::default()).await)
            }
            #[cfg(feature = "flows")]
            "flows_bindings_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("flows_bindings_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedFlowStageBindingRequest = match dispatch::body::<
                    models::PatchedFlowStageBindingRequest,
                    _,
                    _,
                >("flows_bindings_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().bindings_partial_update(a0, &b).await)
            }
            #[cfg(feature = "flows")]
            "flows_bindings_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("flows_bindings_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().bindings_retrieve(a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_bindings_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("flows_bindings_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::FlowStageBindingRequest = match dispatch::body::<
                    models::FlowStageBindingRequest,
                    _,
                    _,
                >("flows_bindings_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().bindings_update(a0, &b).await)
            }
            #[cfg(feature = "flows")]
            "flows_bindings_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("flows_bindings_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().bindings_used_by_list(a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_executor_get" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_executor_get", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let a1: String = match dispatch::zero::<
                    String,
                    _,
                    _,
                >("flows_executor_get") {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().executor_get(&a0, &a1).await)
            }
            #[cfg(feature = "flows")]
            "flows_executor_solve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_executor_solve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let a1: String = match dispatch::zero::<
                    String,
                    _,
                    _,
                >("flows_executor_solve") {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::FlowChallengeResponseRequest = match dispatch::body::<
                    models::FlowChallengeResponseRequest,
                    _,
                    _,
                >("flows_executor_solve", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().executor_solve(&a0, &a1, Some(&b)).await)
            }
            #[cfg(feature = "flows")]
            "flows_inspector_get" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_inspector_get", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().inspector_get(&a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_cache_clear_create" => {
                to_json(client.flows().instances_cache_clear_create().await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_cache_info_retrieve" => {
                to_json(client.flows().instances_cache_info_retrieve().await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_create" => {
                let b: models::FlowRequest = match dispatch::body::<
                    models::FlowRequest,
                    _,
                    _,
                >("flows_instances_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().instances_create(&b).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().instances_destroy(&a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_diagram_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_diagram_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().instances_diagram_retrieve(&a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_execute_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_execute_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().instances_execute_retrieve(&a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_export_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_export_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .flows()
                        .instances_export_retrieve(&a0)
                        .await
                        .map(|bytes| bytes.to_vec()),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_list" => {
                to_json(client.flows().instances_list(&Default::default()).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedFlowRequest = match dispatch::body::<
                    models::PatchedFlowRequest,
                    _,
                    _,
                >("flows_instances_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().instances_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().instances_retrieve(&a0).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_set_background_url_create" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_set_background_url_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::FilePathRequest = match dispatch::body::<
                    models::FilePathRequest,
                    _,
                    _,
                >("flows_instances_set_background_url_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.flows().instances_set_background_url_create(&a0, &b).await,
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::FlowRequest = match dispatch::body::<
                    models::FlowRequest,
                    _,
                    _,
                >("flows_instances_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().instances_update(&a0, &b).await)
            }
            #[cfg(feature = "flows")]
            "flows_instances_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("flows_instances_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.flows().instances_used_by_list(&a0).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_iterations_create" => {
                let b: models::LifecycleIterationRequest = match dispatch::body::<
                    models::LifecycleIterationRequest,
                    _,
                    _,
                >("lifecycle_iterations_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().iterations_create(&b).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_iterations_list_latest" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("lifecycle_iterations_list_latest", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let a1: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("lifecycle_iterations_list_latest", path, 1) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .lifecycle()
                        .iterations_list_latest(&a0, &a1, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_iterations_list_open" => {
                to_json(
                    client.lifecycle().iterations_list_open(&Default::default()).await,
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_reviews_create" => {
                let b: models::ReviewRequest = match dispatch::body::<
                    models::ReviewRequest,
                    _,
                    _,
                >("lifecycle_reviews_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().reviews_create(&b).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_create" => {
                let b: models::LifecycleRuleRequest = match dispatch::body::<
                    models::LifecycleRuleRequest,
                    _,
                    _,
                >("lifecycle_rules_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().rules_create(&b).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("lifecycle_rules_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().rules_destroy(a0).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_list" => {
                to_json(client.lifecycle().rules_list(&Default::default()).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("lifecycle_rules_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedLifecycleRuleRequest = match dispatch::body::<
                    models::PatchedLifecycleRuleRequest,
                    _,
                    _,
                >("lifecycle_rules_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().rules_partial_update(a0, &b).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("lifecycle_rules_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().rules_retrieve(a0).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("lifecycle_rules_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::LifecycleRuleRequest = match dispatch::body::<
                    models::LifecycleRuleRequest,
                    _,
                    _,
                >("lifecycle_rules_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().rules_update(a0, &b).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_create" => {
                let b: models::UserOffboardingRequest = match dispatch::body::<
                    models::UserOffboardingRequest,
                    _,
                    _,
                >("lifecycle_user_offboarding_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().user_offboarding_create(&b).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("lifecycle_user_offboarding_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().user_offboarding_destroy(a0).await)
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_list" => {
                to_json(
                    client.lifecycle().user_offboarding_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("lifecycle_user_offboarding_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.lifecycle().user_offboarding_retrieve(a0).await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_apply_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("managed_blueprints_apply_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.managed().blueprints_apply_create(a0).await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_available_list" => {
                to_json(client.managed().blueprints_available_list().await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_create" => {
                let b: models::BlueprintInstanceRequest = match dispatch::body::<
                    models::BlueprintInstanceRequest,
                    _,
                    _,
                >("managed_blueprints_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.managed().blueprints_create(&b).await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("managed_blueprints_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.managed().blueprints_destroy(a0).await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_list" => {
                to_json(client.managed().blueprints_list(&Default::default()).await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("managed_blueprints_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedBlueprintInstanceRequest = match dispatch::body::<
                    models::PatchedBlueprintInstanceRequest,
                    _,
                    _,
                >("managed_blueprints_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.managed().blueprints_partial_update(a0, &b).await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("managed_blueprints_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.managed().blueprints_retrieve(a0).await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("managed_blueprints_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::BlueprintInstanceRequest = match dispatch::body::<
                    models::BlueprintInstanceRequest,
                    _,
                    _,
                >("managed_blueprints_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.managed().blueprints_update(a0, &b).await)
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("managed_blueprints_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.managed().blueprints_used_by_list(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_access_tokens_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().access_tokens_destroy(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_list" => {
                to_json(client.oauth2().access_tokens_list(&Default::default()).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_access_tokens_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().access_tokens_retrieve(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_access_tokens_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().access_tokens_used_by_list(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_authorization_codes_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().authorization_codes_destroy(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_list" => {
                to_json(
                    client.oauth2().authorization_codes_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_authorization_codes_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().authorization_codes_retrieve(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_authorization_codes_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().authorization_codes_used_by_list(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_refresh_tokens_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().refresh_tokens_destroy(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_list" => {
                to_json(client.oauth2().refresh_tokens_list(&Default::default()).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_refresh_tokens_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().refresh_tokens_retrieve(a0).await)
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("oauth2_refresh_tokens_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.oauth2().refresh_tokens_used_by_list(a0).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_create" => {
                let b: models::OutpostRequest = match dispatch::body::<
                    models::OutpostRequest,
                    _,
                    _,
                >("outposts_instances_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().instances_create(&b).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_default_settings_retrieve" => {
                to_json(client.outposts().instances_default_settings_retrieve().await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_instances_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().instances_destroy(a0).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_health_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_instances_health_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .outposts()
                        .instances_health_list(a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_list" => {
                to_json(client.outposts().instances_list(&Default::default()).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_instances_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedOutpostRequest = match dispatch::body::<
                    models::PatchedOutpostRequest,
                    _,
                    _,
                >("outposts_instances_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().instances_partial_update(a0, &b).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_instances_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().instances_retrieve(a0).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_instances_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::OutpostRequest = match dispatch::body::<
                    models::OutpostRequest,
                    _,
                    _,
                >("outposts_instances_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().instances_update(a0, &b).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_instances_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().instances_used_by_list(a0).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_ldap_access_check" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("outposts_ldap_access_check", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().ldap_access_check(a0, &Default::default()).await,
                )
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
            "outposts_radius_access_check" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("outposts_radius_access_check", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().radius_access_check(a0, &Default::default()).await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_radius_list" => {
                to_json(client.outposts().radius_list(&Default::default()).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_all_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().service_connections_all_destroy(a0).await)
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
            "outposts_service_connections_all_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_all_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().service_connections_all_retrieve(a0).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_state_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_all_state_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().service_connections_all_state_retrieve(a0).await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_types_list" => {
                to_json(client.outposts().service_connections_all_types_list().await)
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_all_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().service_connections_all_used_by_list(a0).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_create" => {
                let b: models::DockerServiceConnectionRequest = match dispatch::body::<
                    models::DockerServiceConnectionRequest,
                    _,
                    _,
                >("outposts_service_connections_docker_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().service_connections_docker_create(&b).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_docker_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().service_connections_docker_destroy(a0).await)
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
            "outposts_service_connections_docker_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_docker_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDockerServiceConnectionRequest = match dispatch::body::<
                    models::PatchedDockerServiceConnectionRequest,
                    _,
                    _,
                >("outposts_service_connections_docker_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .outposts()
                        .service_connections_docker_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_docker_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.outposts().service_connections_docker_retrieve(a0).await)
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_docker_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DockerServiceConnectionRequest = match dispatch::body::<
                    models::DockerServiceConnectionRequest,
                    _,
                    _,
                >("outposts_service_connections_docker_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().service_connections_docker_update(a0, &b).await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_docker_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().service_connections_docker_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_create" => {
                let b: models::KubernetesServiceConnectionRequest = match dispatch::body::<
                    models::KubernetesServiceConnectionRequest,
                    _,
                    _,
                >("outposts_service_connections_kubernetes_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().service_connections_kubernetes_create(&b).await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_kubernetes_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().service_connections_kubernetes_destroy(a0).await,
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
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_kubernetes_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedKubernetesServiceConnectionRequest = match dispatch::body::<
                    models::PatchedKubernetesServiceConnectionRequest,
                    _,
                    _,
                >("outposts_service_connections_kubernetes_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .outposts()
                        .service_connections_kubernetes_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_kubernetes_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().service_connections_kubernetes_retrieve(a0).await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_kubernetes_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::KubernetesServiceConnectionRequest = match dispatch::body::<
                    models::KubernetesServiceConnectionRequest,
                    _,
                    _,
                >("outposts_service_connections_kubernetes_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.outposts().service_connections_kubernetes_update(a0, &b).await,
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("outposts_service_connections_kubernetes_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .outposts()
                        .service_connections_kubernetes_used_by_list(a0)
                        .await,
                )
            }
            #[cfg(feature = "policies")]
            "policies_all_cache_clear_create" => {
                to_json(client.policies().all_cache_clear_create().await)
            }
            #[cfg(feature = "policies")]
            "policies_all_cache_info_retrieve" => {
                to_json(client.policies().all_cache_info_retrieve().await)
            }
            #[cfg(feature = "policies")]
            "policies_all_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_all_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().all_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_all_list" => {
                to_json(client.policies().all_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_all_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_all_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().all_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_all_test_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_all_test_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PolicyTestRequest = match dispatch::body::<
                    models::PolicyTestRequest,
                    _,
                    _,
                >("policies_all_test_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().all_test_create(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_all_types_list" => {
                to_json(client.policies().all_types_list().await)
            }
            #[cfg(feature = "policies")]
            "policies_all_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_all_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().all_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_bindings_create" => {
                let b: models::PolicyBindingRequest = match dispatch::body::<
                    models::PolicyBindingRequest,
                    _,
                    _,
                >("policies_bindings_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().bindings_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_bindings_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_bindings_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().bindings_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_bindings_list" => {
                to_json(client.policies().bindings_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_bindings_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_bindings_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPolicyBindingRequest = match dispatch::body::<
                    models::PatchedPolicyBindingRequest,
                    _,
                    _,
                >("policies_bindings_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().bindings_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_bindings_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_bindings_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().bindings_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_bindings_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_bindings_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PolicyBindingRequest = match dispatch::body::<
                    models::PolicyBindingRequest,
                    _,
                    _,
                >("policies_bindings_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().bindings_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_bindings_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_bindings_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().bindings_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_dummy_create" => {
                let b: models::DummyPolicyRequest = match dispatch::body::<
                    models::DummyPolicyRequest,
                    _,
                    _,
                >("policies_dummy_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().dummy_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_dummy_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_dummy_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().dummy_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_dummy_list" => {
                to_json(client.policies().dummy_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_dummy_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_dummy_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDummyPolicyRequest = match dispatch::body::<
                    models::PatchedDummyPolicyRequest,
                    _,
                    _,
                >("policies_dummy_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().dummy_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_dummy_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_dummy_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().dummy_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_dummy_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_dummy_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DummyPolicyRequest = match dispatch::body::<
                    models::DummyPolicyRequest,
                    _,
                    _,
                >("policies_dummy_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().dummy_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_dummy_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_dummy_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().dummy_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_create" => {
                let b: models::EventMatcherPolicyRequest = match dispatch::body::<
                    models::EventMatcherPolicyRequest,
                    _,
                    _,
                >("policies_event_matcher_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().event_matcher_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_event_matcher_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().event_matcher_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_list" => {
                to_json(client.policies().event_matcher_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_event_matcher_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEventMatcherPolicyRequest = match dispatch::body::<
                    models::PatchedEventMatcherPolicyRequest,
                    _,
                    _,
                >("policies_event_matcher_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().event_matcher_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_event_matcher_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().event_matcher_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_event_matcher_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EventMatcherPolicyRequest = match dispatch::body::<
                    models::EventMatcherPolicyRequest,
                    _,
                    _,
                >("policies_event_matcher_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().event_matcher_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_event_matcher_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().event_matcher_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_expression_create" => {
                let b: models::ExpressionPolicyRequest = match dispatch::body::<
                    models::ExpressionPolicyRequest,
                    _,
                    _,
                >("policies_expression_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().expression_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_expression_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_expression_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().expression_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_expression_list" => {
                to_json(client.policies().expression_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_expression_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_expression_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedExpressionPolicyRequest = match dispatch::body::<
                    models::PatchedExpressionPolicyRequest,
                    _,
                    _,
                >("policies_expression_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().expression_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_expression_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_expression_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().expression_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_expression_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_expression_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ExpressionPolicyRequest = match dispatch::body::<
                    models::ExpressionPolicyRequest,
                    _,
                    _,
                >("policies_expression_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().expression_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_expression_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_expression_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().expression_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_geoip_create" => {
                let b: models::GeoIPPolicyRequest = match dispatch::body::<
                    models::GeoIPPolicyRequest,
                    _,
                    _,
                >("policies_geoip_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().geoip_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_geoip_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_geoip_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().geoip_destroy(a0).await)
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
            "policies_geoip_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_geoip_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGeoIPPolicyRequest = match dispatch::body::<
                    models::PatchedGeoIPPolicyRequest,
                    _,
                    _,
                >("policies_geoip_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().geoip_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_geoip_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_geoip_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().geoip_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_geoip_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_geoip_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GeoIPPolicyRequest = match dispatch::body::<
                    models::GeoIPPolicyRequest,
                    _,
                    _,
                >("policies_geoip_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().geoip_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_geoip_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_geoip_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().geoip_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_create" => {
                let b: models::PasswordPolicyRequest = match dispatch::body::<
                    models::PasswordPolicyRequest,
                    _,
                    _,
                >("policies_password_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_create" => {
                let b: models::PasswordExpiryPolicyRequest = match dispatch::body::<
                    models::PasswordExpiryPolicyRequest,
                    _,
                    _,
                >("policies_password_expiry_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_expiry_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_expiry_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_expiry_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_list" => {
                to_json(
                    client.policies().password_expiry_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_expiry_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPasswordExpiryPolicyRequest = match dispatch::body::<
                    models::PatchedPasswordExpiryPolicyRequest,
                    _,
                    _,
                >("policies_password_expiry_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_expiry_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_expiry_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_expiry_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_expiry_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PasswordExpiryPolicyRequest = match dispatch::body::<
                    models::PasswordExpiryPolicyRequest,
                    _,
                    _,
                >("policies_password_expiry_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_expiry_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_expiry_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_expiry_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_list" => {
                to_json(client.policies().password_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPasswordPolicyRequest = match dispatch::body::<
                    models::PatchedPasswordPolicyRequest,
                    _,
                    _,
                >("policies_password_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PasswordPolicyRequest = match dispatch::body::<
                    models::PasswordPolicyRequest,
                    _,
                    _,
                >("policies_password_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_password_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_password_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().password_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_create" => {
                let b: models::ReputationPolicyRequest = match dispatch::body::<
                    models::ReputationPolicyRequest,
                    _,
                    _,
                >("policies_reputation_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_reputation_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_list" => {
                to_json(client.policies().reputation_list(&Default::default()).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_reputation_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedReputationPolicyRequest = match dispatch::body::<
                    models::PatchedReputationPolicyRequest,
                    _,
                    _,
                >("policies_reputation_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_reputation_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_reputation_scores_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_scores_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_list" => {
                to_json(
                    client.policies().reputation_scores_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_reputation_scores_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_scores_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_reputation_scores_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_scores_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_reputation_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ReputationPolicyRequest = match dispatch::body::<
                    models::ReputationPolicyRequest,
                    _,
                    _,
                >("policies_reputation_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_reputation_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_reputation_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().reputation_used_by_list(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_create" => {
                let b: models::UniquePasswordPolicyRequest = match dispatch::body::<
                    models::UniquePasswordPolicyRequest,
                    _,
                    _,
                >("policies_unique_password_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().unique_password_create(&b).await)
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_unique_password_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().unique_password_destroy(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_list" => {
                to_json(
                    client.policies().unique_password_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_unique_password_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUniquePasswordPolicyRequest = match dispatch::body::<
                    models::PatchedUniquePasswordPolicyRequest,
                    _,
                    _,
                >("policies_unique_password_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().unique_password_partial_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_unique_password_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().unique_password_retrieve(a0).await)
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_unique_password_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UniquePasswordPolicyRequest = match dispatch::body::<
                    models::UniquePasswordPolicyRequest,
                    _,
                    _,
                >("policies_unique_password_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().unique_password_update(a0, &b).await)
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("policies_unique_password_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.policies().unique_password_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_all_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().all_destroy(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_list" => {
                to_json(client.propertymappings().all_list(&Default::default()).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_all_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().all_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_test_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_all_test_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PropertyMappingTestRequest = match dispatch::body::<
                    models::PropertyMappingTestRequest,
                    _,
                    _,
                >("propertymappings_all_test_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .all_test_create(a0, &b, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_types_list" => {
                to_json(client.propertymappings().all_types_list().await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_all_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().all_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_create" => {
                let b: models::NotificationWebhookMappingRequest = match dispatch::body::<
                    models::NotificationWebhookMappingRequest,
                    _,
                    _,
                >("propertymappings_notification_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().notification_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_notification_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().notification_destroy(a0).await)
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
            "propertymappings_notification_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_notification_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedNotificationWebhookMappingRequest = match dispatch::body::<
                    models::PatchedNotificationWebhookMappingRequest,
                    _,
                    _,
                >("propertymappings_notification_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().notification_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_notification_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().notification_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_notification_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::NotificationWebhookMappingRequest = match dispatch::body::<
                    models::NotificationWebhookMappingRequest,
                    _,
                    _,
                >("propertymappings_notification_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().notification_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_notification_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().notification_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_create" => {
                let b: models::GoogleWorkspaceProviderMappingRequest = match dispatch::body::<
                    models::GoogleWorkspaceProviderMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_google_workspace_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_google_workspace_create(&b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_google_workspace_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_google_workspace_destroy(a0).await,
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
            "propertymappings_provider_google_workspace_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_google_workspace_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGoogleWorkspaceProviderMappingRequest = match dispatch::body::<
                    models::PatchedGoogleWorkspaceProviderMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_google_workspace_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .provider_google_workspace_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_google_workspace_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .provider_google_workspace_retrieve(a0)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_google_workspace_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GoogleWorkspaceProviderMappingRequest = match dispatch::body::<
                    models::GoogleWorkspaceProviderMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_google_workspace_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .provider_google_workspace_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_google_workspace_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .provider_google_workspace_used_by_list(a0)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_create" => {
                let b: models::MicrosoftEntraProviderMappingRequest = match dispatch::body::<
                    models::MicrosoftEntraProviderMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_microsoft_entra_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_microsoft_entra_create(&b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_microsoft_entra_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_microsoft_entra_destroy(a0).await,
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
            "propertymappings_provider_microsoft_entra_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_microsoft_entra_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedMicrosoftEntraProviderMappingRequest = match dispatch::body::<
                    models::PatchedMicrosoftEntraProviderMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_microsoft_entra_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_microsoft_entra_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_microsoft_entra_retrieve(a0).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_microsoft_entra_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::MicrosoftEntraProviderMappingRequest = match dispatch::body::<
                    models::MicrosoftEntraProviderMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_microsoft_entra_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_microsoft_entra_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_used_by_list(a0)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_create" => {
                let b: models::RACPropertyMappingRequest = match dispatch::body::<
                    models::RACPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_rac_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_rac_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_rac_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_rac_destroy(a0).await)
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
            "propertymappings_provider_rac_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_rac_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRACPropertyMappingRequest = match dispatch::body::<
                    models::PatchedRACPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_rac_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_rac_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_rac_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_rac_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_rac_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RACPropertyMappingRequest = match dispatch::body::<
                    models::RACPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_rac_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_rac_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_rac_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_rac_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_create" => {
                let b: models::RadiusProviderPropertyMappingRequest = match dispatch::body::<
                    models::RadiusProviderPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_radius_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_radius_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_radius_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_radius_destroy(a0).await)
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
            "propertymappings_provider_radius_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_radius_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRadiusProviderPropertyMappingRequest = match dispatch::body::<
                    models::PatchedRadiusProviderPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_radius_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .provider_radius_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_radius_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_radius_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_radius_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RadiusProviderPropertyMappingRequest = match dispatch::body::<
                    models::RadiusProviderPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_radius_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_radius_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_radius_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_radius_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_create" => {
                let b: models::SAMLPropertyMappingRequest = match dispatch::body::<
                    models::SAMLPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_saml_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_saml_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_saml_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_saml_destroy(a0).await)
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
            "propertymappings_provider_saml_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_saml_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSAMLPropertyMappingRequest = match dispatch::body::<
                    models::PatchedSAMLPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_saml_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_saml_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_saml_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_saml_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_saml_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SAMLPropertyMappingRequest = match dispatch::body::<
                    models::SAMLPropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_saml_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_saml_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_saml_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_saml_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_create" => {
                let b: models::SCIMMappingRequest = match dispatch::body::<
                    models::SCIMMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_scim_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scim_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scim_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scim_destroy(a0).await)
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
            "propertymappings_provider_scim_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scim_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSCIMMappingRequest = match dispatch::body::<
                    models::PatchedSCIMMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_scim_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_scim_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scim_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scim_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scim_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SCIMMappingRequest = match dispatch::body::<
                    models::SCIMMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_scim_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scim_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scim_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scim_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_create" => {
                let b: models::ScopeMappingRequest = match dispatch::body::<
                    models::ScopeMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_scope_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scope_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scope_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scope_destroy(a0).await)
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
            "propertymappings_provider_scope_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scope_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedScopeMappingRequest = match dispatch::body::<
                    models::PatchedScopeMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_scope_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().provider_scope_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scope_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scope_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scope_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ScopeMappingRequest = match dispatch::body::<
                    models::ScopeMappingRequest,
                    _,
                    _,
                >("propertymappings_provider_scope_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scope_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_provider_scope_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().provider_scope_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_create" => {
                let b: models::KerberosSourcePropertyMappingRequest = match dispatch::body::<
                    models::KerberosSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_kerberos_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_kerberos_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_kerberos_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_kerberos_destroy(a0).await)
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
            "propertymappings_source_kerberos_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_kerberos_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedKerberosSourcePropertyMappingRequest = match dispatch::body::<
                    models::PatchedKerberosSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_kerberos_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .source_kerberos_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_kerberos_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_kerberos_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_kerberos_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::KerberosSourcePropertyMappingRequest = match dispatch::body::<
                    models::KerberosSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_kerberos_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_kerberos_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_kerberos_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_kerberos_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_create" => {
                let b: models::LDAPSourcePropertyMappingRequest = match dispatch::body::<
                    models::LDAPSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_ldap_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_ldap_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_ldap_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_ldap_destroy(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_list" => {
                to_json(
                    client.propertymappings().source_ldap_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_ldap_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedLDAPSourcePropertyMappingRequest = match dispatch::body::<
                    models::PatchedLDAPSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_ldap_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().source_ldap_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_ldap_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_ldap_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_ldap_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::LDAPSourcePropertyMappingRequest = match dispatch::body::<
                    models::LDAPSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_ldap_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_ldap_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_ldap_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_ldap_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_create" => {
                let b: models::OAuthSourcePropertyMappingRequest = match dispatch::body::<
                    models::OAuthSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_oauth_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_oauth_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_oauth_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_oauth_destroy(a0).await)
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
            "propertymappings_source_oauth_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_oauth_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedOAuthSourcePropertyMappingRequest = match dispatch::body::<
                    models::PatchedOAuthSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_oauth_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().source_oauth_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_oauth_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_oauth_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_oauth_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::OAuthSourcePropertyMappingRequest = match dispatch::body::<
                    models::OAuthSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_oauth_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_oauth_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_oauth_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_oauth_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_create" => {
                let b: models::PlexSourcePropertyMappingRequest = match dispatch::body::<
                    models::PlexSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_plex_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_plex_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_plex_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_plex_destroy(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_list" => {
                to_json(
                    client.propertymappings().source_plex_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_plex_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPlexSourcePropertyMappingRequest = match dispatch::body::<
                    models::PatchedPlexSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_plex_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().source_plex_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_plex_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_plex_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_plex_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PlexSourcePropertyMappingRequest = match dispatch::body::<
                    models::PlexSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_plex_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_plex_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_plex_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_plex_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_create" => {
                let b: models::SAMLSourcePropertyMappingRequest = match dispatch::body::<
                    models::SAMLSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_saml_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_saml_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_saml_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_saml_destroy(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_list" => {
                to_json(
                    client.propertymappings().source_saml_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_saml_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSAMLSourcePropertyMappingRequest = match dispatch::body::<
                    models::PatchedSAMLSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_saml_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().source_saml_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_saml_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_saml_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_saml_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SAMLSourcePropertyMappingRequest = match dispatch::body::<
                    models::SAMLSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_saml_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_saml_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_saml_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_saml_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_create" => {
                let b: models::SCIMSourcePropertyMappingRequest = match dispatch::body::<
                    models::SCIMSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_scim_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_scim_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_scim_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_scim_destroy(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_list" => {
                to_json(
                    client.propertymappings().source_scim_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_scim_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSCIMSourcePropertyMappingRequest = match dispatch::body::<
                    models::PatchedSCIMSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_scim_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.propertymappings().source_scim_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_scim_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_scim_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_scim_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SCIMSourcePropertyMappingRequest = match dispatch::body::<
                    models::SCIMSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_scim_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_scim_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_scim_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_scim_used_by_list(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_create" => {
                let b: models::TelegramSourcePropertyMappingRequest = match dispatch::body::<
                    models::TelegramSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_telegram_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_telegram_create(&b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_telegram_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_telegram_destroy(a0).await)
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
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_telegram_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedTelegramSourcePropertyMappingRequest = match dispatch::body::<
                    models::PatchedTelegramSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_telegram_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .propertymappings()
                        .source_telegram_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_telegram_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_telegram_retrieve(a0).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_telegram_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TelegramSourcePropertyMappingRequest = match dispatch::body::<
                    models::TelegramSourcePropertyMappingRequest,
                    _,
                    _,
                >("propertymappings_source_telegram_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_telegram_update(a0, &b).await)
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("propertymappings_source_telegram_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.propertymappings().source_telegram_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_all_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_all_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().all_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_all_list" => {
                to_json(client.providers().all_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_all_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_all_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().all_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_all_types_list" => {
                to_json(client.providers().all_types_list().await)
            }
            #[cfg(feature = "providers")]
            "providers_all_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_all_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().all_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_create" => {
                let b: models::GoogleWorkspaceProviderRequest = match dispatch::body::<
                    models::GoogleWorkspaceProviderRequest,
                    _,
                    _,
                >("providers_google_workspace_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_google_workspace_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_create" => {
                let b: models::GoogleWorkspaceProviderGroupRequest = match dispatch::body::<
                    models::GoogleWorkspaceProviderGroupRequest,
                    _,
                    _,
                >("providers_google_workspace_groups_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_groups_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_google_workspace_groups_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_groups_destroy(a0).await)
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
            "providers_google_workspace_groups_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_google_workspace_groups_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_groups_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_google_workspace_groups_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.providers().google_workspace_groups_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_list" => {
                to_json(
                    client.providers().google_workspace_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_google_workspace_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGoogleWorkspaceProviderRequest = match dispatch::body::<
                    models::PatchedGoogleWorkspaceProviderRequest,
                    _,
                    _,
                >("providers_google_workspace_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_google_workspace_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_sync_object_create" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_google_workspace_sync_object_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SyncObjectRequest = match dispatch::body::<
                    models::SyncObjectRequest,
                    _,
                    _,
                >("providers_google_workspace_sync_object_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.providers().google_workspace_sync_object_create(a0, &b).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_sync_status_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_google_workspace_sync_status_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.providers().google_workspace_sync_status_retrieve(a0).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_google_workspace_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GoogleWorkspaceProviderRequest = match dispatch::body::<
                    models::GoogleWorkspaceProviderRequest,
                    _,
                    _,
                >("providers_google_workspace_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_google_workspace_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_create" => {
                let b: models::GoogleWorkspaceProviderUserRequest = match dispatch::body::<
                    models::GoogleWorkspaceProviderUserRequest,
                    _,
                    _,
                >("providers_google_workspace_users_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_users_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_google_workspace_users_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_users_destroy(a0).await)
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
            "providers_google_workspace_users_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_google_workspace_users_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_users_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_google_workspace_users_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().google_workspace_users_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_ldap_create" => {
                let b: models::LDAPProviderRequest = match dispatch::body::<
                    models::LDAPProviderRequest,
                    _,
                    _,
                >("providers_ldap_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ldap_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_ldap_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ldap_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ldap_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_ldap_list" => {
                to_json(client.providers().ldap_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_ldap_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ldap_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedLDAPProviderRequest = match dispatch::body::<
                    models::PatchedLDAPProviderRequest,
                    _,
                    _,
                >("providers_ldap_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ldap_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_ldap_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ldap_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ldap_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_ldap_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ldap_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::LDAPProviderRequest = match dispatch::body::<
                    models::LDAPProviderRequest,
                    _,
                    _,
                >("providers_ldap_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ldap_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_ldap_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ldap_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ldap_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_create" => {
                let b: models::MicrosoftEntraProviderRequest = match dispatch::body::<
                    models::MicrosoftEntraProviderRequest,
                    _,
                    _,
                >("providers_microsoft_entra_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_microsoft_entra_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_create" => {
                let b: models::MicrosoftEntraProviderGroupRequest = match dispatch::body::<
                    models::MicrosoftEntraProviderGroupRequest,
                    _,
                    _,
                >("providers_microsoft_entra_groups_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_groups_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_microsoft_entra_groups_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_groups_destroy(a0).await)
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
            "providers_microsoft_entra_groups_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_microsoft_entra_groups_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_groups_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_microsoft_entra_groups_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_groups_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_list" => {
                to_json(
                    client.providers().microsoft_entra_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_microsoft_entra_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedMicrosoftEntraProviderRequest = match dispatch::body::<
                    models::PatchedMicrosoftEntraProviderRequest,
                    _,
                    _,
                >("providers_microsoft_entra_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_microsoft_entra_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_sync_object_create" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_microsoft_entra_sync_object_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SyncObjectRequest = match dispatch::body::<
                    models::SyncObjectRequest,
                    _,
                    _,
                >("providers_microsoft_entra_sync_object_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.providers().microsoft_entra_sync_object_create(a0, &b).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_sync_status_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_microsoft_entra_sync_status_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.providers().microsoft_entra_sync_status_retrieve(a0).await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_microsoft_entra_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::MicrosoftEntraProviderRequest = match dispatch::body::<
                    models::MicrosoftEntraProviderRequest,
                    _,
                    _,
                >("providers_microsoft_entra_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_microsoft_entra_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_create" => {
                let b: models::MicrosoftEntraProviderUserRequest = match dispatch::body::<
                    models::MicrosoftEntraProviderUserRequest,
                    _,
                    _,
                >("providers_microsoft_entra_users_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_users_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_microsoft_entra_users_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_users_destroy(a0).await)
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
            "providers_microsoft_entra_users_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_microsoft_entra_users_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_users_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_microsoft_entra_users_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().microsoft_entra_users_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_create" => {
                let b: models::OAuth2ProviderRequest = match dispatch::body::<
                    models::OAuth2ProviderRequest,
                    _,
                    _,
                >("providers_oauth2_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_create" => {
                let b: models::OAuth2DynamicClientRegistrationRequest = match dispatch::body::<
                    models::OAuth2DynamicClientRegistrationRequest,
                    _,
                    _,
                >("providers_oauth2_dcr_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_dcr_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_oauth2_dcr_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_dcr_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_list" => {
                to_json(client.providers().oauth2_dcr_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_oauth2_dcr_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedOAuth2DynamicClientRegistrationRequest = match dispatch::body::<
                    models::PatchedOAuth2DynamicClientRegistrationRequest,
                    _,
                    _,
                >("providers_oauth2_dcr_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_dcr_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_oauth2_dcr_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_dcr_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_oauth2_dcr_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::OAuth2DynamicClientRegistrationRequest = match dispatch::body::<
                    models::OAuth2DynamicClientRegistrationRequest,
                    _,
                    _,
                >("providers_oauth2_dcr_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_dcr_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_oauth2_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_list" => {
                to_json(client.providers().oauth2_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_oauth2_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedOAuth2ProviderRequest = match dispatch::body::<
                    models::PatchedOAuth2ProviderRequest,
                    _,
                    _,
                >("providers_oauth2_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_preview_user_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_oauth2_preview_user_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .providers()
                        .oauth2_preview_user_retrieve(a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_oauth2_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_setup_urls_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_oauth2_setup_urls_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_setup_urls_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_oauth2_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::OAuth2ProviderRequest = match dispatch::body::<
                    models::OAuth2ProviderRequest,
                    _,
                    _,
                >("providers_oauth2_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_oauth2_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().oauth2_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_proxy_create" => {
                let b: models::ProxyProviderRequest = match dispatch::body::<
                    models::ProxyProviderRequest,
                    _,
                    _,
                >("providers_proxy_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().proxy_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_proxy_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_proxy_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().proxy_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_proxy_list" => {
                to_json(client.providers().proxy_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_proxy_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_proxy_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedProxyProviderRequest = match dispatch::body::<
                    models::PatchedProxyProviderRequest,
                    _,
                    _,
                >("providers_proxy_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().proxy_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_proxy_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_proxy_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().proxy_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_proxy_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_proxy_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ProxyProviderRequest = match dispatch::body::<
                    models::ProxyProviderRequest,
                    _,
                    _,
                >("providers_proxy_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().proxy_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_proxy_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_proxy_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().proxy_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_rac_create" => {
                let b: models::RACProviderRequest = match dispatch::body::<
                    models::RACProviderRequest,
                    _,
                    _,
                >("providers_rac_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().rac_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_rac_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_rac_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().rac_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_rac_list" => {
                to_json(client.providers().rac_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_rac_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_rac_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRACProviderRequest = match dispatch::body::<
                    models::PatchedRACProviderRequest,
                    _,
                    _,
                >("providers_rac_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().rac_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_rac_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_rac_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().rac_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_rac_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_rac_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RACProviderRequest = match dispatch::body::<
                    models::RACProviderRequest,
                    _,
                    _,
                >("providers_rac_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().rac_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_rac_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_rac_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().rac_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_radius_create" => {
                let b: models::RadiusProviderRequest = match dispatch::body::<
                    models::RadiusProviderRequest,
                    _,
                    _,
                >("providers_radius_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().radius_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_radius_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_radius_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().radius_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_radius_list" => {
                to_json(client.providers().radius_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_radius_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_radius_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRadiusProviderRequest = match dispatch::body::<
                    models::PatchedRadiusProviderRequest,
                    _,
                    _,
                >("providers_radius_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().radius_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_radius_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_radius_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().radius_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_radius_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_radius_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RadiusProviderRequest = match dispatch::body::<
                    models::RadiusProviderRequest,
                    _,
                    _,
                >("providers_radius_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().radius_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_radius_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_radius_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().radius_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_saml_create" => {
                let b: models::SAMLProviderRequest = match dispatch::body::<
                    models::SAMLProviderRequest,
                    _,
                    _,
                >("providers_saml_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().saml_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_saml_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_saml_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().saml_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_saml_list" => {
                to_json(client.providers().saml_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_saml_metadata_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_saml_metadata_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .providers()
                        .saml_metadata_retrieve(a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_saml_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSAMLProviderRequest = match dispatch::body::<
                    models::PatchedSAMLProviderRequest,
                    _,
                    _,
                >("providers_saml_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().saml_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_saml_preview_user_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_saml_preview_user_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .providers()
                        .saml_preview_user_retrieve(a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_saml_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().saml_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_saml_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_saml_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SAMLProviderRequest = match dispatch::body::<
                    models::SAMLProviderRequest,
                    _,
                    _,
                >("providers_saml_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().saml_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_saml_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_saml_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().saml_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_create" => {
                let b: models::SCIMProviderRequest = match dispatch::body::<
                    models::SCIMProviderRequest,
                    _,
                    _,
                >("providers_scim_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_scim_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_create" => {
                let b: models::SCIMProviderGroupRequest = match dispatch::body::<
                    models::SCIMProviderGroupRequest,
                    _,
                    _,
                >("providers_scim_groups_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_groups_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_scim_groups_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_groups_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_list" => {
                to_json(client.providers().scim_groups_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_scim_groups_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_groups_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_scim_groups_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_groups_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_list" => {
                to_json(client.providers().scim_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_scim_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSCIMProviderRequest = match dispatch::body::<
                    models::PatchedSCIMProviderRequest,
                    _,
                    _,
                >("providers_scim_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_scim_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_sync_object_create" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_scim_sync_object_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SyncObjectRequest = match dispatch::body::<
                    models::SyncObjectRequest,
                    _,
                    _,
                >("providers_scim_sync_object_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_sync_object_create(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_sync_status_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_scim_sync_status_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_sync_status_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_scim_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SCIMProviderRequest = match dispatch::body::<
                    models::SCIMProviderRequest,
                    _,
                    _,
                >("providers_scim_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_scim_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_create" => {
                let b: models::SCIMProviderUserRequest = match dispatch::body::<
                    models::SCIMProviderUserRequest,
                    _,
                    _,
                >("providers_scim_users_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_users_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_scim_users_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_users_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_list" => {
                to_json(client.providers().scim_users_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_scim_users_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_users_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("providers_scim_users_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().scim_users_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_ssf_create" => {
                let b: models::SSFProviderRequest = match dispatch::body::<
                    models::SSFProviderRequest,
                    _,
                    _,
                >("providers_ssf_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ssf_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_ssf_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ssf_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ssf_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_ssf_list" => {
                to_json(client.providers().ssf_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_ssf_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ssf_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSSFProviderRequest = match dispatch::body::<
                    models::PatchedSSFProviderRequest,
                    _,
                    _,
                >("providers_ssf_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ssf_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_ssf_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ssf_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ssf_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_ssf_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ssf_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SSFProviderRequest = match dispatch::body::<
                    models::SSFProviderRequest,
                    _,
                    _,
                >("providers_ssf_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ssf_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_ssf_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_ssf_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().ssf_used_by_list(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_create" => {
                let b: models::WSFederationProviderRequest = match dispatch::body::<
                    models::WSFederationProviderRequest,
                    _,
                    _,
                >("providers_wsfed_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().wsfed_create(&b).await)
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_wsfed_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().wsfed_destroy(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_list" => {
                to_json(client.providers().wsfed_list(&Default::default()).await)
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_metadata_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_wsfed_metadata_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .providers()
                        .wsfed_metadata_retrieve(a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_wsfed_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedWSFederationProviderRequest = match dispatch::body::<
                    models::PatchedWSFederationProviderRequest,
                    _,
                    _,
                >("providers_wsfed_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().wsfed_partial_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_preview_user_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_wsfed_preview_user_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .providers()
                        .wsfed_preview_user_retrieve(a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_wsfed_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().wsfed_retrieve(a0).await)
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_wsfed_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::WSFederationProviderRequest = match dispatch::body::<
                    models::WSFederationProviderRequest,
                    _,
                    _,
                >("providers_wsfed_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().wsfed_update(a0, &b).await)
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("providers_wsfed_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.providers().wsfed_used_by_list(a0).await)
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_connection_tokens_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().connection_tokens_destroy(a0).await)
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_list" => {
                to_json(client.rac().connection_tokens_list(&Default::default()).await)
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_connection_tokens_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedConnectionTokenRequest = match dispatch::body::<
                    models::PatchedConnectionTokenRequest,
                    _,
                    _,
                >("rac_connection_tokens_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().connection_tokens_partial_update(a0, &b).await)
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_connection_tokens_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().connection_tokens_retrieve(a0).await)
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_connection_tokens_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ConnectionTokenRequest = match dispatch::body::<
                    models::ConnectionTokenRequest,
                    _,
                    _,
                >("rac_connection_tokens_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().connection_tokens_update(a0, &b).await)
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_connection_tokens_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().connection_tokens_used_by_list(a0).await)
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_create" => {
                let b: models::EndpointRequest = match dispatch::body::<
                    models::EndpointRequest,
                    _,
                    _,
                >("rac_endpoints_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().endpoints_create(&b).await)
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_endpoints_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().endpoints_destroy(a0).await)
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_list" => {
                to_json(client.rac().endpoints_list(&Default::default()).await)
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_endpoints_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEndpointRequest = match dispatch::body::<
                    models::PatchedEndpointRequest,
                    _,
                    _,
                >("rac_endpoints_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().endpoints_partial_update(a0, &b).await)
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_endpoints_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().endpoints_retrieve(a0).await)
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_endpoints_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EndpointRequest = match dispatch::body::<
                    models::EndpointRequest,
                    _,
                    _,
                >("rac_endpoints_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().endpoints_update(a0, &b).await)
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rac_endpoints_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rac().endpoints_used_by_list(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_create" => {
                let b: models::InitialPermissionsRequest = match dispatch::body::<
                    models::InitialPermissionsRequest,
                    _,
                    _,
                >("rbac_initial_permissions_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().initial_permissions_create(&b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_initial_permissions_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().initial_permissions_destroy(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_list" => {
                to_json(
                    client.rbac().initial_permissions_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_initial_permissions_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedInitialPermissionsRequest = match dispatch::body::<
                    models::PatchedInitialPermissionsRequest,
                    _,
                    _,
                >("rbac_initial_permissions_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().initial_permissions_partial_update(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_initial_permissions_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().initial_permissions_retrieve(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_initial_permissions_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::InitialPermissionsRequest = match dispatch::body::<
                    models::InitialPermissionsRequest,
                    _,
                    _,
                >("rbac_initial_permissions_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().initial_permissions_update(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_initial_permissions_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().initial_permissions_used_by_list(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_roles_assign" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rbac_permissions_assigned_by_roles_assign", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PermissionAssignRequest = match dispatch::body::<
                    models::PermissionAssignRequest,
                    _,
                    _,
                >("rbac_permissions_assigned_by_roles_assign", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_assigned_by_roles_assign(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_roles_list" => {
                let a0: String = match dispatch::zero::<
                    String,
                    _,
                    _,
                >("rbac_permissions_assigned_by_roles_list") {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .rbac()
                        .permissions_assigned_by_roles_list(&a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_roles_unassign_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >(
                    "rbac_permissions_assigned_by_roles_unassign_partial_update",
                    path,
                    0,
                ) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPermissionAssignRequest = match dispatch::body::<
                    models::PatchedPermissionAssignRequest,
                    _,
                    _,
                >("rbac_permissions_assigned_by_roles_unassign_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .rbac()
                        .permissions_assigned_by_roles_unassign_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_users_assign" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_assigned_by_users_assign", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PermissionAssignRequest = match dispatch::body::<
                    models::PermissionAssignRequest,
                    _,
                    _,
                >("rbac_permissions_assigned_by_users_assign", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_assigned_by_users_assign(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_users_list" => {
                let a0: models::RbacPermissionsAssignedByUsersListModel = match dispatch::zero::<
                    models::RbacPermissionsAssignedByUsersListModel,
                    _,
                    _,
                >("rbac_permissions_assigned_by_users_list") {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .rbac()
                        .permissions_assigned_by_users_list(&a0, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_users_unassign_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >(
                    "rbac_permissions_assigned_by_users_unassign_partial_update",
                    path,
                    0,
                ) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPermissionAssignRequest = match dispatch::body::<
                    models::PatchedPermissionAssignRequest,
                    _,
                    _,
                >("rbac_permissions_assigned_by_users_unassign_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .rbac()
                        .permissions_assigned_by_users_unassign_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_list" => {
                to_json(client.rbac().permissions_list(&Default::default()).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_retrieve(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_roles_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_roles_destroy(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_list" => {
                to_json(client.rbac().permissions_roles_list(&Default::default()).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_roles_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedExtraRoleObjectPermissionRequest = match dispatch::body::<
                    models::PatchedExtraRoleObjectPermissionRequest,
                    _,
                    _,
                >("rbac_permissions_roles_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_roles_partial_update(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_roles_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_roles_retrieve(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_roles_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ExtraRoleObjectPermissionRequest = match dispatch::body::<
                    models::ExtraRoleObjectPermissionRequest,
                    _,
                    _,
                >("rbac_permissions_roles_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_roles_update(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_users_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_users_destroy(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_list" => {
                to_json(client.rbac().permissions_users_list(&Default::default()).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_users_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedExtraUserObjectPermissionRequest = match dispatch::body::<
                    models::PatchedExtraUserObjectPermissionRequest,
                    _,
                    _,
                >("rbac_permissions_users_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_users_partial_update(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_users_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_users_retrieve(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("rbac_permissions_users_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ExtraUserObjectPermissionRequest = match dispatch::body::<
                    models::ExtraUserObjectPermissionRequest,
                    _,
                    _,
                >("rbac_permissions_users_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().permissions_users_update(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_add_user_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rbac_roles_add_user_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserAccountSerializerForRoleRequest = match dispatch::body::<
                    models::UserAccountSerializerForRoleRequest,
                    _,
                    _,
                >("rbac_roles_add_user_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().roles_add_user_create(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_create" => {
                let b: models::RoleRequest = match dispatch::body::<
                    models::RoleRequest,
                    _,
                    _,
                >("rbac_roles_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().roles_create(&b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rbac_roles_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().roles_destroy(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_list" => {
                to_json(client.rbac().roles_list(&Default::default()).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rbac_roles_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRoleRequest = match dispatch::body::<
                    models::PatchedRoleRequest,
                    _,
                    _,
                >("rbac_roles_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().roles_partial_update(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_remove_user_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rbac_roles_remove_user_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserAccountSerializerForRoleRequest = match dispatch::body::<
                    models::UserAccountSerializerForRoleRequest,
                    _,
                    _,
                >("rbac_roles_remove_user_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().roles_remove_user_create(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rbac_roles_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().roles_retrieve(a0).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rbac_roles_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RoleRequest = match dispatch::body::<
                    models::RoleRequest,
                    _,
                    _,
                >("rbac_roles_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().roles_update(a0, &b).await)
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("rbac_roles_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.rbac().roles_used_by_list(a0).await)
            }
            #[cfg(feature = "reports")]
            "reports_exports_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("reports_exports_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.reports().exports_destroy(a0).await)
            }
            #[cfg(feature = "reports")]
            "reports_exports_list" => {
                to_json(client.reports().exports_list(&Default::default()).await)
            }
            #[cfg(feature = "reports")]
            "reports_exports_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("reports_exports_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.reports().exports_retrieve(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_create" => {
                let b: models::GrantRequestCreateRequest = match dispatch::body::<
                    models::GrantRequestCreateRequest,
                    _,
                    _,
                >("requests_grant_requests_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().grant_requests_create(&b).await)
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_grant_requests_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().grant_requests_destroy(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_fulfill_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_grant_requests_fulfill_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGrantRequestFulfillRequest = match dispatch::body::<
                    models::PatchedGrantRequestFulfillRequest,
                    _,
                    _,
                >("requests_grant_requests_fulfill_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.requests().grant_requests_fulfill_partial_update(a0, &b).await,
                )
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
            "requests_grant_requests_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_grant_requests_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().grant_requests_retrieve(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_revoke_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_grant_requests_revoke_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().grant_requests_revoke_destroy(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_create" => {
                let b: models::RequestRuleBindingRequest = match dispatch::body::<
                    models::RequestRuleBindingRequest,
                    _,
                    _,
                >("requests_rule_bindings_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_bindings_create(&b).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_bindings_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_bindings_destroy(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_list" => {
                to_json(client.requests().rule_bindings_list(&Default::default()).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_bindings_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRequestRuleBindingRequest = match dispatch::body::<
                    models::PatchedRequestRuleBindingRequest,
                    _,
                    _,
                >("requests_rule_bindings_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_bindings_partial_update(a0, &b).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_bindings_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_bindings_retrieve(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_bindings_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RequestRuleBindingRequest = match dispatch::body::<
                    models::RequestRuleBindingRequest,
                    _,
                    _,
                >("requests_rule_bindings_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_bindings_update(a0, &b).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_bindings_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_bindings_used_by_list(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_create" => {
                let b: models::RequestRuleChildBindingRequest = match dispatch::body::<
                    models::RequestRuleChildBindingRequest,
                    _,
                    _,
                >("requests_rule_child_bindings_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_child_bindings_create(&b).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_child_bindings_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_child_bindings_destroy(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_list" => {
                to_json(
                    client.requests().rule_child_bindings_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_child_bindings_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRequestRuleChildBindingRequest = match dispatch::body::<
                    models::PatchedRequestRuleChildBindingRequest,
                    _,
                    _,
                >("requests_rule_child_bindings_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.requests().rule_child_bindings_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_child_bindings_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_child_bindings_retrieve(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_child_bindings_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RequestRuleChildBindingRequest = match dispatch::body::<
                    models::RequestRuleChildBindingRequest,
                    _,
                    _,
                >("requests_rule_child_bindings_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_child_bindings_update(a0, &b).await)
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rule_child_bindings_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rule_child_bindings_used_by_list(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rules_create" => {
                let b: models::RequestRuleRequest = match dispatch::body::<
                    models::RequestRuleRequest,
                    _,
                    _,
                >("requests_rules_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rules_create(&b).await)
            }
            #[cfg(feature = "requests")]
            "requests_rules_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rules_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rules_destroy(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rules_list" => {
                to_json(client.requests().rules_list(&Default::default()).await)
            }
            #[cfg(feature = "requests")]
            "requests_rules_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rules_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRequestRuleRequest = match dispatch::body::<
                    models::PatchedRequestRuleRequest,
                    _,
                    _,
                >("requests_rules_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rules_partial_update(a0, &b).await)
            }
            #[cfg(feature = "requests")]
            "requests_rules_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rules_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rules_retrieve(a0).await)
            }
            #[cfg(feature = "requests")]
            "requests_rules_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rules_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RequestRuleRequest = match dispatch::body::<
                    models::RequestRuleRequest,
                    _,
                    _,
                >("requests_rules_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rules_update(a0, &b).await)
            }
            #[cfg(feature = "requests")]
            "requests_rules_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("requests_rules_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.requests().rules_used_by_list(a0).await)
            }
            #[cfg(feature = "root")]
            "root_config_retrieve" => to_json(client.root().config_retrieve().await),
            #[cfg(feature = "schema")]
            "schema_retrieve" => {
                to_json(client.schema().retrieve(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_all_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_all_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().all_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_all_list" => {
                to_json(client.sources().all_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_all_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_all_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().all_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_all_set_icon_url_create" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_all_set_icon_url_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::FilePathRequest = match dispatch::body::<
                    models::FilePathRequest,
                    _,
                    _,
                >("sources_all_set_icon_url_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().all_set_icon_url_create(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_all_types_list" => to_json(client.sources().all_types_list().await),
            #[cfg(feature = "sources")]
            "sources_all_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_all_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().all_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_all_user_settings_list" => {
                to_json(client.sources().all_user_settings_list().await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_all_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_all_destroy(a0).await)
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
            "sources_group_connections_all_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_all_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGroupSourceConnectionRequest = match dispatch::body::<
                    models::PatchedGroupSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_all_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().group_connections_all_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_all_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_all_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_all_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GroupSourceConnectionRequest = match dispatch::body::<
                    models::GroupSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_all_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_all_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_all_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_all_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_create" => {
                let b: models::GroupKerberosSourceConnectionRequest = match dispatch::body::<
                    models::GroupKerberosSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_kerberos_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_kerberos_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_kerberos_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_kerberos_destroy(a0).await)
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
            "sources_group_connections_kerberos_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_kerberos_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGroupKerberosSourceConnectionRequest = match dispatch::body::<
                    models::PatchedGroupKerberosSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_kerberos_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .sources()
                        .group_connections_kerberos_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_kerberos_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_kerberos_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_kerberos_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GroupKerberosSourceConnectionRequest = match dispatch::body::<
                    models::GroupKerberosSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_kerberos_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_kerberos_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_kerberos_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().group_connections_kerberos_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_create" => {
                let b: models::GroupLDAPSourceConnectionRequest = match dispatch::body::<
                    models::GroupLDAPSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_ldap_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_ldap_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_ldap_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_ldap_destroy(a0).await)
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
            "sources_group_connections_ldap_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_ldap_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGroupLDAPSourceConnectionRequest = match dispatch::body::<
                    models::PatchedGroupLDAPSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_ldap_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().group_connections_ldap_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_ldap_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_ldap_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_ldap_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GroupLDAPSourceConnectionRequest = match dispatch::body::<
                    models::GroupLDAPSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_ldap_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_ldap_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_ldap_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_ldap_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_create" => {
                let b: models::GroupOAuthSourceConnectionRequest = match dispatch::body::<
                    models::GroupOAuthSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_oauth_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_oauth_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_oauth_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_oauth_destroy(a0).await)
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
            "sources_group_connections_oauth_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_oauth_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGroupOAuthSourceConnectionRequest = match dispatch::body::<
                    models::PatchedGroupOAuthSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_oauth_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().group_connections_oauth_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_oauth_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_oauth_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_oauth_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GroupOAuthSourceConnectionRequest = match dispatch::body::<
                    models::GroupOAuthSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_oauth_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_oauth_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_oauth_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_oauth_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_create" => {
                let b: models::GroupPlexSourceConnectionRequest = match dispatch::body::<
                    models::GroupPlexSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_plex_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_plex_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_plex_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_plex_destroy(a0).await)
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
            "sources_group_connections_plex_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_plex_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGroupPlexSourceConnectionRequest = match dispatch::body::<
                    models::PatchedGroupPlexSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_plex_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().group_connections_plex_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_plex_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_plex_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_plex_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GroupPlexSourceConnectionRequest = match dispatch::body::<
                    models::GroupPlexSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_plex_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_plex_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_plex_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_plex_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_create" => {
                let b: models::GroupSAMLSourceConnectionRequest = match dispatch::body::<
                    models::GroupSAMLSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_saml_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_saml_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_saml_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_saml_destroy(a0).await)
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
            "sources_group_connections_saml_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_saml_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGroupSAMLSourceConnectionRequest = match dispatch::body::<
                    models::PatchedGroupSAMLSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_saml_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().group_connections_saml_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_saml_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_saml_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_saml_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GroupSAMLSourceConnectionRequest = match dispatch::body::<
                    models::GroupSAMLSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_saml_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_saml_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_saml_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_saml_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_create" => {
                let b: models::GroupTelegramSourceConnectionRequest = match dispatch::body::<
                    models::GroupTelegramSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_telegram_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_telegram_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_telegram_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_telegram_destroy(a0).await)
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
            "sources_group_connections_telegram_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_telegram_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedGroupTelegramSourceConnectionRequest = match dispatch::body::<
                    models::PatchedGroupTelegramSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_telegram_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .sources()
                        .group_connections_telegram_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_telegram_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_telegram_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_telegram_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::GroupTelegramSourceConnectionRequest = match dispatch::body::<
                    models::GroupTelegramSourceConnectionRequest,
                    _,
                    _,
                >("sources_group_connections_telegram_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().group_connections_telegram_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_group_connections_telegram_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().group_connections_telegram_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_create" => {
                let b: models::KerberosSourceRequest = match dispatch::body::<
                    models::KerberosSourceRequest,
                    _,
                    _,
                >("sources_kerberos_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().kerberos_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_kerberos_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().kerberos_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_list" => {
                to_json(client.sources().kerberos_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_kerberos_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedKerberosSourceRequest = match dispatch::body::<
                    models::PatchedKerberosSourceRequest,
                    _,
                    _,
                >("sources_kerberos_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().kerberos_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_kerberos_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().kerberos_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_sync_status_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_kerberos_sync_status_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().kerberos_sync_status_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_kerberos_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::KerberosSourceRequest = match dispatch::body::<
                    models::KerberosSourceRequest,
                    _,
                    _,
                >("sources_kerberos_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().kerberos_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_kerberos_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().kerberos_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_create" => {
                let b: models::LDAPSourceRequest = match dispatch::body::<
                    models::LDAPSourceRequest,
                    _,
                    _,
                >("sources_ldap_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().ldap_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_debug_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_ldap_debug_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().ldap_debug_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_ldap_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().ldap_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_list" => {
                to_json(client.sources().ldap_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_ldap_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedLDAPSourceRequest = match dispatch::body::<
                    models::PatchedLDAPSourceRequest,
                    _,
                    _,
                >("sources_ldap_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().ldap_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_ldap_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().ldap_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_sync_status_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_ldap_sync_status_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().ldap_sync_status_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_ldap_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::LDAPSourceRequest = match dispatch::body::<
                    models::LDAPSourceRequest,
                    _,
                    _,
                >("sources_ldap_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().ldap_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_ldap_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_ldap_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().ldap_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_create" => {
                let b: models::OAuthSourceRequest = match dispatch::body::<
                    models::OAuthSourceRequest,
                    _,
                    _,
                >("sources_oauth_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().oauth_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_oauth_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().oauth_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_list" => {
                to_json(client.sources().oauth_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_oauth_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedOAuthSourceRequest = match dispatch::body::<
                    models::PatchedOAuthSourceRequest,
                    _,
                    _,
                >("sources_oauth_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().oauth_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_oauth_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().oauth_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_source_types_list" => {
                to_json(
                    client.sources().oauth_source_types_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_oauth_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_oauth_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::OAuthSourceRequest = match dispatch::body::<
                    models::OAuthSourceRequest,
                    _,
                    _,
                >("sources_oauth_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().oauth_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_oauth_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_oauth_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().oauth_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_plex_create" => {
                let b: models::PlexSourceRequest = match dispatch::body::<
                    models::PlexSourceRequest,
                    _,
                    _,
                >("sources_plex_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().plex_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_plex_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_plex_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().plex_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_plex_list" => {
                to_json(client.sources().plex_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_plex_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_plex_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPlexSourceRequest = match dispatch::body::<
                    models::PatchedPlexSourceRequest,
                    _,
                    _,
                >("sources_plex_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().plex_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_plex_redeem_token_authenticated_create" => {
                let b: models::PlexTokenRedeemRequest = match dispatch::body::<
                    models::PlexTokenRedeemRequest,
                    _,
                    _,
                >("sources_plex_redeem_token_authenticated_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .sources()
                        .plex_redeem_token_authenticated_create(&b, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_redeem_token_create" => {
                let b: models::PlexTokenRedeemRequest = match dispatch::body::<
                    models::PlexTokenRedeemRequest,
                    _,
                    _,
                >("sources_plex_redeem_token_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .sources()
                        .plex_redeem_token_create(&b, &Default::default())
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_plex_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().plex_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_plex_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_plex_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PlexSourceRequest = match dispatch::body::<
                    models::PlexSourceRequest,
                    _,
                    _,
                >("sources_plex_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().plex_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_plex_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_plex_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().plex_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_create" => {
                let b: models::SAMLSourceRequest = match dispatch::body::<
                    models::SAMLSourceRequest,
                    _,
                    _,
                >("sources_saml_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().saml_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_saml_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().saml_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_list" => {
                to_json(client.sources().saml_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_metadata_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_saml_metadata_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().saml_metadata_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_saml_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSAMLSourceRequest = match dispatch::body::<
                    models::PatchedSAMLSourceRequest,
                    _,
                    _,
                >("sources_saml_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().saml_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_saml_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().saml_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_saml_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SAMLSourceRequest = match dispatch::body::<
                    models::SAMLSourceRequest,
                    _,
                    _,
                >("sources_saml_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().saml_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_saml_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_saml_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().saml_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_create" => {
                let b: models::SCIMSourceRequest = match dispatch::body::<
                    models::SCIMSourceRequest,
                    _,
                    _,
                >("sources_scim_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_create" => {
                let b: models::SCIMSourceGroupRequest = match dispatch::body::<
                    models::SCIMSourceGroupRequest,
                    _,
                    _,
                >("sources_scim_groups_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_groups_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_groups_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_groups_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_list" => {
                to_json(client.sources().scim_groups_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_groups_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSCIMSourceGroupRequest = match dispatch::body::<
                    models::PatchedSCIMSourceGroupRequest,
                    _,
                    _,
                >("sources_scim_groups_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_groups_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_groups_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_groups_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_groups_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SCIMSourceGroupRequest = match dispatch::body::<
                    models::SCIMSourceGroupRequest,
                    _,
                    _,
                >("sources_scim_groups_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_groups_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_groups_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_groups_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_list" => {
                to_json(client.sources().scim_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSCIMSourceRequest = match dispatch::body::<
                    models::PatchedSCIMSourceRequest,
                    _,
                    _,
                >("sources_scim_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SCIMSourceRequest = match dispatch::body::<
                    models::SCIMSourceRequest,
                    _,
                    _,
                >("sources_scim_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_create" => {
                let b: models::SCIMSourceUserRequest = match dispatch::body::<
                    models::SCIMSourceUserRequest,
                    _,
                    _,
                >("sources_scim_users_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_users_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_users_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_users_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_list" => {
                to_json(client.sources().scim_users_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_users_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSCIMSourceUserRequest = match dispatch::body::<
                    models::PatchedSCIMSourceUserRequest,
                    _,
                    _,
                >("sources_scim_users_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_users_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_users_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_users_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_users_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SCIMSourceUserRequest = match dispatch::body::<
                    models::SCIMSourceUserRequest,
                    _,
                    _,
                >("sources_scim_users_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_users_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_scim_users_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().scim_users_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_connect_user_create" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_telegram_connect_user_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TelegramAuthRequest = match dispatch::body::<
                    models::TelegramAuthRequest,
                    _,
                    _,
                >("sources_telegram_connect_user_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().telegram_connect_user_create(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_create" => {
                let b: models::TelegramSourceRequest = match dispatch::body::<
                    models::TelegramSourceRequest,
                    _,
                    _,
                >("sources_telegram_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().telegram_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_destroy" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_telegram_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().telegram_destroy(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_list" => {
                to_json(client.sources().telegram_list(&Default::default()).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_partial_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_telegram_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedTelegramSourceRequest = match dispatch::body::<
                    models::PatchedTelegramSourceRequest,
                    _,
                    _,
                >("sources_telegram_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().telegram_partial_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_retrieve" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_telegram_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().telegram_retrieve(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_update" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_telegram_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TelegramSourceRequest = match dispatch::body::<
                    models::TelegramSourceRequest,
                    _,
                    _,
                >("sources_telegram_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().telegram_update(&a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_telegram_used_by_list" => {
                let a0: String = match dispatch::path::<
                    String,
                    _,
                    _,
                >("sources_telegram_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().telegram_used_by_list(&a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_all_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_all_destroy(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_list" => {
                to_json(
                    client.sources().user_connections_all_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_all_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserSourceConnectionRequest = match dispatch::body::<
                    models::PatchedUserSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_all_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().user_connections_all_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_all_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_all_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_all_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserSourceConnectionRequest = match dispatch::body::<
                    models::UserSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_all_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_all_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_all_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_all_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_create" => {
                let b: models::UserKerberosSourceConnectionRequest = match dispatch::body::<
                    models::UserKerberosSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_kerberos_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_kerberos_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_kerberos_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_kerberos_destroy(a0).await)
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
            "sources_user_connections_kerberos_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_kerberos_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserKerberosSourceConnectionRequest = match dispatch::body::<
                    models::PatchedUserKerberosSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_kerberos_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .sources()
                        .user_connections_kerberos_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_kerberos_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_kerberos_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_kerberos_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserKerberosSourceConnectionRequest = match dispatch::body::<
                    models::UserKerberosSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_kerberos_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_kerberos_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_kerberos_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().user_connections_kerberos_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_create" => {
                let b: models::UserLDAPSourceConnectionRequest = match dispatch::body::<
                    models::UserLDAPSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_ldap_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_ldap_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_ldap_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_ldap_destroy(a0).await)
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
            "sources_user_connections_ldap_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_ldap_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserLDAPSourceConnectionRequest = match dispatch::body::<
                    models::PatchedUserLDAPSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_ldap_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().user_connections_ldap_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_ldap_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_ldap_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_ldap_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserLDAPSourceConnectionRequest = match dispatch::body::<
                    models::UserLDAPSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_ldap_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_ldap_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_ldap_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_ldap_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_create" => {
                let b: models::UserOAuthSourceConnectionRequest = match dispatch::body::<
                    models::UserOAuthSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_oauth_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_oauth_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_oauth_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_oauth_destroy(a0).await)
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
            "sources_user_connections_oauth_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_oauth_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserOAuthSourceConnectionRequest = match dispatch::body::<
                    models::PatchedUserOAuthSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_oauth_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().user_connections_oauth_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_oauth_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_oauth_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_oauth_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserOAuthSourceConnectionRequest = match dispatch::body::<
                    models::UserOAuthSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_oauth_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_oauth_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_oauth_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_oauth_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_create" => {
                let b: models::UserPlexSourceConnectionRequest = match dispatch::body::<
                    models::UserPlexSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_plex_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_plex_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_plex_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_plex_destroy(a0).await)
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
            "sources_user_connections_plex_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_plex_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserPlexSourceConnectionRequest = match dispatch::body::<
                    models::PatchedUserPlexSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_plex_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().user_connections_plex_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_plex_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_plex_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_plex_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserPlexSourceConnectionRequest = match dispatch::body::<
                    models::UserPlexSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_plex_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_plex_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_plex_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_plex_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_create" => {
                let b: models::UserSAMLSourceConnectionRequest = match dispatch::body::<
                    models::UserSAMLSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_saml_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_saml_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_saml_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_saml_destroy(a0).await)
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
            "sources_user_connections_saml_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_saml_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserSAMLSourceConnectionRequest = match dispatch::body::<
                    models::PatchedUserSAMLSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_saml_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().user_connections_saml_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_saml_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_saml_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_saml_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserSAMLSourceConnectionRequest = match dispatch::body::<
                    models::UserSAMLSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_saml_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_saml_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_saml_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_saml_used_by_list(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_create" => {
                let b: models::UserTelegramSourceConnectionRequest = match dispatch::body::<
                    models::UserTelegramSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_telegram_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_telegram_create(&b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_telegram_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_telegram_destroy(a0).await)
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
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_telegram_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserTelegramSourceConnectionRequest = match dispatch::body::<
                    models::PatchedUserTelegramSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_telegram_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .sources()
                        .user_connections_telegram_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_telegram_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_telegram_retrieve(a0).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_telegram_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserTelegramSourceConnectionRequest = match dispatch::body::<
                    models::UserTelegramSourceConnectionRequest,
                    _,
                    _,
                >("sources_user_connections_telegram_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.sources().user_connections_telegram_update(a0, &b).await)
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_used_by_list" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("sources_user_connections_telegram_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.sources().user_connections_telegram_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "ssf")]
            "ssf_streams_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("ssf_streams_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.ssf().streams_destroy(a0).await)
            }
            #[cfg(feature = "ssf")]
            "ssf_streams_list" => {
                to_json(client.ssf().streams_list(&Default::default()).await)
            }
            #[cfg(feature = "ssf")]
            "ssf_streams_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("ssf_streams_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.ssf().streams_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_create" => {
                let b: models::AccountLockdownStageRequest = match dispatch::body::<
                    models::AccountLockdownStageRequest,
                    _,
                    _,
                >("stages_account_lockdown_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().account_lockdown_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_account_lockdown_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().account_lockdown_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_list" => {
                to_json(client.stages().account_lockdown_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_account_lockdown_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAccountLockdownStageRequest = match dispatch::body::<
                    models::PatchedAccountLockdownStageRequest,
                    _,
                    _,
                >("stages_account_lockdown_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().account_lockdown_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_account_lockdown_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().account_lockdown_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_account_lockdown_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AccountLockdownStageRequest = match dispatch::body::<
                    models::AccountLockdownStageRequest,
                    _,
                    _,
                >("stages_account_lockdown_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().account_lockdown_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_account_lockdown_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().account_lockdown_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_all_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_all_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().all_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_all_list" => {
                to_json(client.stages().all_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_all_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_all_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().all_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_all_types_list" => to_json(client.stages().all_types_list().await),
            #[cfg(feature = "stages")]
            "stages_all_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_all_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().all_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_all_user_settings_list" => {
                to_json(client.stages().all_user_settings_list().await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_create" => {
                let b: models::AuthenticatorDuoStageRequest = match dispatch::body::<
                    models::AuthenticatorDuoStageRequest,
                    _,
                    _,
                >("stages_authenticator_duo_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_duo_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_duo_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_duo_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_enrollment_status_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_duo_enrollment_status_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.stages().authenticator_duo_enrollment_status_create(a0).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_import_device_manual_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_duo_import_device_manual_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorDuoStageManualDeviceImportRequest = match dispatch::body::<
                    models::AuthenticatorDuoStageManualDeviceImportRequest,
                    _,
                    _,
                >("stages_authenticator_duo_import_device_manual_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .stages()
                        .authenticator_duo_import_device_manual_create(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_import_devices_automatic_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_duo_import_devices_automatic_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .stages()
                        .authenticator_duo_import_devices_automatic_create(a0)
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_list" => {
                to_json(
                    client.stages().authenticator_duo_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_duo_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAuthenticatorDuoStageRequest = match dispatch::body::<
                    models::PatchedAuthenticatorDuoStageRequest,
                    _,
                    _,
                >("stages_authenticator_duo_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_duo_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_duo_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_duo_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_duo_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorDuoStageRequest = match dispatch::body::<
                    models::AuthenticatorDuoStageRequest,
                    _,
                    _,
                >("stages_authenticator_duo_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_duo_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_duo_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_duo_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_create" => {
                let b: models::AuthenticatorEmailStageRequest = match dispatch::body::<
                    models::AuthenticatorEmailStageRequest,
                    _,
                    _,
                >("stages_authenticator_email_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_email_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_email_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_email_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_list" => {
                to_json(
                    client.stages().authenticator_email_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_email_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAuthenticatorEmailStageRequest = match dispatch::body::<
                    models::PatchedAuthenticatorEmailStageRequest,
                    _,
                    _,
                >("stages_authenticator_email_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_email_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_email_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_email_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_email_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorEmailStageRequest = match dispatch::body::<
                    models::AuthenticatorEmailStageRequest,
                    _,
                    _,
                >("stages_authenticator_email_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_email_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_email_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_email_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_create" => {
                let b: models::AuthenticatorEndpointGDTCStageRequest = match dispatch::body::<
                    models::AuthenticatorEndpointGDTCStageRequest,
                    _,
                    _,
                >("stages_authenticator_endpoint_gdtc_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_endpoint_gdtc_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_endpoint_gdtc_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_endpoint_gdtc_destroy(a0).await)
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
            "stages_authenticator_endpoint_gdtc_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_endpoint_gdtc_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAuthenticatorEndpointGDTCStageRequest = match dispatch::body::<
                    models::PatchedAuthenticatorEndpointGDTCStageRequest,
                    _,
                    _,
                >("stages_authenticator_endpoint_gdtc_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .stages()
                        .authenticator_endpoint_gdtc_partial_update(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_endpoint_gdtc_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_endpoint_gdtc_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_endpoint_gdtc_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorEndpointGDTCStageRequest = match dispatch::body::<
                    models::AuthenticatorEndpointGDTCStageRequest,
                    _,
                    _,
                >("stages_authenticator_endpoint_gdtc_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_endpoint_gdtc_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_endpoint_gdtc_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.stages().authenticator_endpoint_gdtc_used_by_list(a0).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_create" => {
                let b: models::AuthenticatorSMSStageRequest = match dispatch::body::<
                    models::AuthenticatorSMSStageRequest,
                    _,
                    _,
                >("stages_authenticator_sms_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_sms_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_sms_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_sms_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_list" => {
                to_json(
                    client.stages().authenticator_sms_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_sms_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAuthenticatorSMSStageRequest = match dispatch::body::<
                    models::PatchedAuthenticatorSMSStageRequest,
                    _,
                    _,
                >("stages_authenticator_sms_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_sms_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_sms_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_sms_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_sms_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorSMSStageRequest = match dispatch::body::<
                    models::AuthenticatorSMSStageRequest,
                    _,
                    _,
                >("stages_authenticator_sms_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_sms_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_sms_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_sms_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_create" => {
                let b: models::AuthenticatorStaticStageRequest = match dispatch::body::<
                    models::AuthenticatorStaticStageRequest,
                    _,
                    _,
                >("stages_authenticator_static_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_static_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_static_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_static_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_list" => {
                to_json(
                    client.stages().authenticator_static_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_static_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAuthenticatorStaticStageRequest = match dispatch::body::<
                    models::PatchedAuthenticatorStaticStageRequest,
                    _,
                    _,
                >("stages_authenticator_static_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.stages().authenticator_static_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_static_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_static_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_static_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorStaticStageRequest = match dispatch::body::<
                    models::AuthenticatorStaticStageRequest,
                    _,
                    _,
                >("stages_authenticator_static_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_static_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_static_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_static_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_create" => {
                let b: models::AuthenticatorTOTPStageRequest = match dispatch::body::<
                    models::AuthenticatorTOTPStageRequest,
                    _,
                    _,
                >("stages_authenticator_totp_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_totp_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_totp_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_totp_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_list" => {
                to_json(
                    client.stages().authenticator_totp_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_totp_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAuthenticatorTOTPStageRequest = match dispatch::body::<
                    models::PatchedAuthenticatorTOTPStageRequest,
                    _,
                    _,
                >("stages_authenticator_totp_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_totp_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_totp_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_totp_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_totp_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorTOTPStageRequest = match dispatch::body::<
                    models::AuthenticatorTOTPStageRequest,
                    _,
                    _,
                >("stages_authenticator_totp_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_totp_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_totp_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_totp_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_create" => {
                let b: models::AuthenticatorValidateStageRequest = match dispatch::body::<
                    models::AuthenticatorValidateStageRequest,
                    _,
                    _,
                >("stages_authenticator_validate_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_validate_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_validate_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_validate_destroy(a0).await)
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
            "stages_authenticator_validate_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_validate_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAuthenticatorValidateStageRequest = match dispatch::body::<
                    models::PatchedAuthenticatorValidateStageRequest,
                    _,
                    _,
                >("stages_authenticator_validate_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.stages().authenticator_validate_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_validate_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_validate_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_validate_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorValidateStageRequest = match dispatch::body::<
                    models::AuthenticatorValidateStageRequest,
                    _,
                    _,
                >("stages_authenticator_validate_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_validate_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_validate_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_validate_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_create" => {
                let b: models::AuthenticatorWebAuthnStageRequest = match dispatch::body::<
                    models::AuthenticatorWebAuthnStageRequest,
                    _,
                    _,
                >("stages_authenticator_webauthn_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_webauthn_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_webauthn_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_webauthn_destroy(a0).await)
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
            "stages_authenticator_webauthn_device_types_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_webauthn_device_types_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .stages()
                        .authenticator_webauthn_device_types_retrieve(a0)
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
            "stages_authenticator_webauthn_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_webauthn_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedAuthenticatorWebAuthnStageRequest = match dispatch::body::<
                    models::PatchedAuthenticatorWebAuthnStageRequest,
                    _,
                    _,
                >("stages_authenticator_webauthn_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.stages().authenticator_webauthn_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_webauthn_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_webauthn_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_webauthn_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::AuthenticatorWebAuthnStageRequest = match dispatch::body::<
                    models::AuthenticatorWebAuthnStageRequest,
                    _,
                    _,
                >("stages_authenticator_webauthn_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_webauthn_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_authenticator_webauthn_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().authenticator_webauthn_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_captcha_create" => {
                let b: models::CaptchaStageRequest = match dispatch::body::<
                    models::CaptchaStageRequest,
                    _,
                    _,
                >("stages_captcha_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().captcha_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_captcha_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_captcha_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().captcha_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_captcha_list" => {
                to_json(client.stages().captcha_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_captcha_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_captcha_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedCaptchaStageRequest = match dispatch::body::<
                    models::PatchedCaptchaStageRequest,
                    _,
                    _,
                >("stages_captcha_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().captcha_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_captcha_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_captcha_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().captcha_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_captcha_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_captcha_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::CaptchaStageRequest = match dispatch::body::<
                    models::CaptchaStageRequest,
                    _,
                    _,
                >("stages_captcha_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().captcha_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_captcha_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_captcha_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().captcha_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_consent_create" => {
                let b: models::ConsentStageRequest = match dispatch::body::<
                    models::ConsentStageRequest,
                    _,
                    _,
                >("stages_consent_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().consent_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_consent_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_consent_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().consent_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_consent_list" => {
                to_json(client.stages().consent_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_consent_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_consent_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedConsentStageRequest = match dispatch::body::<
                    models::PatchedConsentStageRequest,
                    _,
                    _,
                >("stages_consent_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().consent_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_consent_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_consent_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().consent_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_consent_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_consent_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ConsentStageRequest = match dispatch::body::<
                    models::ConsentStageRequest,
                    _,
                    _,
                >("stages_consent_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().consent_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_consent_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_consent_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().consent_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_deny_create" => {
                let b: models::DenyStageRequest = match dispatch::body::<
                    models::DenyStageRequest,
                    _,
                    _,
                >("stages_deny_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().deny_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_deny_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_deny_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().deny_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_deny_list" => {
                to_json(client.stages().deny_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_deny_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_deny_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDenyStageRequest = match dispatch::body::<
                    models::PatchedDenyStageRequest,
                    _,
                    _,
                >("stages_deny_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().deny_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_deny_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_deny_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().deny_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_deny_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_deny_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DenyStageRequest = match dispatch::body::<
                    models::DenyStageRequest,
                    _,
                    _,
                >("stages_deny_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().deny_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_deny_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_deny_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().deny_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_dummy_create" => {
                let b: models::DummyStageRequest = match dispatch::body::<
                    models::DummyStageRequest,
                    _,
                    _,
                >("stages_dummy_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().dummy_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_dummy_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_dummy_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().dummy_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_dummy_list" => {
                to_json(client.stages().dummy_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_dummy_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_dummy_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDummyStageRequest = match dispatch::body::<
                    models::PatchedDummyStageRequest,
                    _,
                    _,
                >("stages_dummy_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().dummy_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_dummy_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_dummy_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().dummy_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_dummy_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_dummy_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DummyStageRequest = match dispatch::body::<
                    models::DummyStageRequest,
                    _,
                    _,
                >("stages_dummy_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().dummy_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_dummy_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_dummy_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().dummy_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_create" => {
                let b: models::EmailStageRequest = match dispatch::body::<
                    models::EmailStageRequest,
                    _,
                    _,
                >("stages_email_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().email_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_email_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().email_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_list" => {
                to_json(client.stages().email_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_email_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEmailStageRequest = match dispatch::body::<
                    models::PatchedEmailStageRequest,
                    _,
                    _,
                >("stages_email_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().email_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_email_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().email_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_templates_list" => {
                to_json(client.stages().email_templates_list().await)
            }
            #[cfg(feature = "stages")]
            "stages_email_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_email_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EmailStageRequest = match dispatch::body::<
                    models::EmailStageRequest,
                    _,
                    _,
                >("stages_email_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().email_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_email_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_email_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().email_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_create" => {
                let b: models::EndpointStageRequest = match dispatch::body::<
                    models::EndpointStageRequest,
                    _,
                    _,
                >("stages_endpoints_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().endpoints_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_endpoints_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().endpoints_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_list" => {
                to_json(client.stages().endpoints_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_endpoints_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedEndpointStageRequest = match dispatch::body::<
                    models::PatchedEndpointStageRequest,
                    _,
                    _,
                >("stages_endpoints_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().endpoints_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_endpoints_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().endpoints_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_endpoints_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::EndpointStageRequest = match dispatch::body::<
                    models::EndpointStageRequest,
                    _,
                    _,
                >("stages_endpoints_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().endpoints_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_endpoints_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().endpoints_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_identification_create" => {
                let b: models::IdentificationStageRequest = match dispatch::body::<
                    models::IdentificationStageRequest,
                    _,
                    _,
                >("stages_identification_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().identification_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_identification_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_identification_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().identification_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_identification_list" => {
                to_json(client.stages().identification_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_identification_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_identification_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedIdentificationStageRequest = match dispatch::body::<
                    models::PatchedIdentificationStageRequest,
                    _,
                    _,
                >("stages_identification_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().identification_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_identification_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_identification_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().identification_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_identification_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_identification_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::IdentificationStageRequest = match dispatch::body::<
                    models::IdentificationStageRequest,
                    _,
                    _,
                >("stages_identification_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().identification_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_identification_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_identification_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().identification_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_create" => {
                let b: models::InvitationRequest = match dispatch::body::<
                    models::InvitationRequest,
                    _,
                    _,
                >("stages_invitation_invitations_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_invitations_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_invitations_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_invitations_destroy(a0).await)
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
            "stages_invitation_invitations_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_invitations_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedInvitationRequest = match dispatch::body::<
                    models::PatchedInvitationRequest,
                    _,
                    _,
                >("stages_invitation_invitations_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.stages().invitation_invitations_partial_update(a0, &b).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_invitations_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_invitations_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_send_email_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_invitations_send_email_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::InvitationSendEmailRequest = match dispatch::body::<
                    models::InvitationSendEmailRequest,
                    _,
                    _,
                >("stages_invitation_invitations_send_email_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client
                        .stages()
                        .invitation_invitations_send_email_create(a0, &b)
                        .await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_invitations_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::InvitationRequest = match dispatch::body::<
                    models::InvitationRequest,
                    _,
                    _,
                >("stages_invitation_invitations_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_invitations_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_invitations_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_invitations_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_create" => {
                let b: models::InvitationStageRequest = match dispatch::body::<
                    models::InvitationStageRequest,
                    _,
                    _,
                >("stages_invitation_stages_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_stages_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_stages_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_stages_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_list" => {
                to_json(
                    client.stages().invitation_stages_list(&Default::default()).await,
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_stages_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedInvitationStageRequest = match dispatch::body::<
                    models::PatchedInvitationStageRequest,
                    _,
                    _,
                >("stages_invitation_stages_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_stages_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_stages_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_stages_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_stages_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::InvitationStageRequest = match dispatch::body::<
                    models::InvitationStageRequest,
                    _,
                    _,
                >("stages_invitation_stages_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_stages_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_invitation_stages_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().invitation_stages_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_mtls_create" => {
                let b: models::MutualTLSStageRequest = match dispatch::body::<
                    models::MutualTLSStageRequest,
                    _,
                    _,
                >("stages_mtls_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().mtls_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_mtls_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_mtls_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().mtls_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_mtls_list" => {
                to_json(client.stages().mtls_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_mtls_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_mtls_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedMutualTLSStageRequest = match dispatch::body::<
                    models::PatchedMutualTLSStageRequest,
                    _,
                    _,
                >("stages_mtls_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().mtls_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_mtls_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_mtls_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().mtls_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_mtls_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_mtls_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::MutualTLSStageRequest = match dispatch::body::<
                    models::MutualTLSStageRequest,
                    _,
                    _,
                >("stages_mtls_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().mtls_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_mtls_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_mtls_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().mtls_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_password_create" => {
                let b: models::PasswordStageRequest = match dispatch::body::<
                    models::PasswordStageRequest,
                    _,
                    _,
                >("stages_password_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().password_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_password_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_password_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().password_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_password_list" => {
                to_json(client.stages().password_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_password_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_password_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPasswordStageRequest = match dispatch::body::<
                    models::PatchedPasswordStageRequest,
                    _,
                    _,
                >("stages_password_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().password_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_password_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_password_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().password_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_password_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_password_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PasswordStageRequest = match dispatch::body::<
                    models::PasswordStageRequest,
                    _,
                    _,
                >("stages_password_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().password_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_password_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_password_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().password_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_create" => {
                let b: models::PromptRequest = match dispatch::body::<
                    models::PromptRequest,
                    _,
                    _,
                >("stages_prompt_prompts_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_prompts_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_prompts_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_prompts_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_list" => {
                to_json(client.stages().prompt_prompts_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_prompts_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPromptRequest = match dispatch::body::<
                    models::PatchedPromptRequest,
                    _,
                    _,
                >("stages_prompt_prompts_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_prompts_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_preview_create" => {
                let b: models::PromptRequest = match dispatch::body::<
                    models::PromptRequest,
                    _,
                    _,
                >("stages_prompt_prompts_preview_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_prompts_preview_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_prompts_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_prompts_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_prompts_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PromptRequest = match dispatch::body::<
                    models::PromptRequest,
                    _,
                    _,
                >("stages_prompt_prompts_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_prompts_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_prompts_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_prompts_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_create" => {
                let b: models::PromptStageRequest = match dispatch::body::<
                    models::PromptStageRequest,
                    _,
                    _,
                >("stages_prompt_stages_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_stages_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_stages_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_stages_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_list" => {
                to_json(client.stages().prompt_stages_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_stages_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedPromptStageRequest = match dispatch::body::<
                    models::PatchedPromptStageRequest,
                    _,
                    _,
                >("stages_prompt_stages_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_stages_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_stages_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_stages_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_stages_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PromptStageRequest = match dispatch::body::<
                    models::PromptStageRequest,
                    _,
                    _,
                >("stages_prompt_stages_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_stages_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_prompt_stages_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().prompt_stages_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_redirect_create" => {
                let b: models::RedirectStageRequest = match dispatch::body::<
                    models::RedirectStageRequest,
                    _,
                    _,
                >("stages_redirect_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().redirect_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_redirect_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_redirect_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().redirect_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_redirect_list" => {
                to_json(client.stages().redirect_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_redirect_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_redirect_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedRedirectStageRequest = match dispatch::body::<
                    models::PatchedRedirectStageRequest,
                    _,
                    _,
                >("stages_redirect_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().redirect_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_redirect_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_redirect_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().redirect_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_redirect_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_redirect_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::RedirectStageRequest = match dispatch::body::<
                    models::RedirectStageRequest,
                    _,
                    _,
                >("stages_redirect_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().redirect_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_redirect_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_redirect_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().redirect_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_source_create" => {
                let b: models::SourceStageRequest = match dispatch::body::<
                    models::SourceStageRequest,
                    _,
                    _,
                >("stages_source_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().source_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_source_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_source_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().source_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_source_list" => {
                to_json(client.stages().source_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_source_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_source_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedSourceStageRequest = match dispatch::body::<
                    models::PatchedSourceStageRequest,
                    _,
                    _,
                >("stages_source_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().source_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_source_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_source_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().source_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_source_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_source_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::SourceStageRequest = match dispatch::body::<
                    models::SourceStageRequest,
                    _,
                    _,
                >("stages_source_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().source_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_source_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_source_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().source_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_create" => {
                let b: models::UserDeleteStageRequest = match dispatch::body::<
                    models::UserDeleteStageRequest,
                    _,
                    _,
                >("stages_user_delete_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_delete_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_delete_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_delete_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_list" => {
                to_json(client.stages().user_delete_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_delete_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserDeleteStageRequest = match dispatch::body::<
                    models::PatchedUserDeleteStageRequest,
                    _,
                    _,
                >("stages_user_delete_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_delete_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_delete_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_delete_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_delete_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserDeleteStageRequest = match dispatch::body::<
                    models::UserDeleteStageRequest,
                    _,
                    _,
                >("stages_user_delete_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_delete_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_delete_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_delete_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_login_create" => {
                let b: models::UserLoginStageRequest = match dispatch::body::<
                    models::UserLoginStageRequest,
                    _,
                    _,
                >("stages_user_login_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_login_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_login_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_login_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_login_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_login_list" => {
                to_json(client.stages().user_login_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_login_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_login_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserLoginStageRequest = match dispatch::body::<
                    models::PatchedUserLoginStageRequest,
                    _,
                    _,
                >("stages_user_login_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_login_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_login_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_login_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_login_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_login_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_login_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserLoginStageRequest = match dispatch::body::<
                    models::UserLoginStageRequest,
                    _,
                    _,
                >("stages_user_login_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_login_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_login_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_login_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_login_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_create" => {
                let b: models::UserLogoutStageRequest = match dispatch::body::<
                    models::UserLogoutStageRequest,
                    _,
                    _,
                >("stages_user_logout_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_logout_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_logout_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_logout_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_list" => {
                to_json(client.stages().user_logout_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_logout_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserLogoutStageRequest = match dispatch::body::<
                    models::PatchedUserLogoutStageRequest,
                    _,
                    _,
                >("stages_user_logout_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_logout_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_logout_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_logout_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_logout_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserLogoutStageRequest = match dispatch::body::<
                    models::UserLogoutStageRequest,
                    _,
                    _,
                >("stages_user_logout_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_logout_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_logout_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_logout_used_by_list(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_write_create" => {
                let b: models::UserWriteStageRequest = match dispatch::body::<
                    models::UserWriteStageRequest,
                    _,
                    _,
                >("stages_user_write_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_write_create(&b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_write_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_write_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_write_destroy(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_write_list" => {
                to_json(client.stages().user_write_list(&Default::default()).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_write_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_write_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedUserWriteStageRequest = match dispatch::body::<
                    models::PatchedUserWriteStageRequest,
                    _,
                    _,
                >("stages_user_write_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_write_partial_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_write_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_write_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_write_retrieve(a0).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_write_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_write_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::UserWriteStageRequest = match dispatch::body::<
                    models::UserWriteStageRequest,
                    _,
                    _,
                >("stages_user_write_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_write_update(a0, &b).await)
            }
            #[cfg(feature = "stages")]
            "stages_user_write_used_by_list" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("stages_user_write_used_by_list", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.stages().user_write_used_by_list(a0).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_list" => {
                to_json(client.tasks().schedules_list(&Default::default()).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tasks_schedules_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedScheduleRequest = match dispatch::body::<
                    models::PatchedScheduleRequest,
                    _,
                    _,
                >("tasks_schedules_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tasks().schedules_partial_update(a0, &b).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tasks_schedules_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tasks().schedules_retrieve(a0).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_send_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tasks_schedules_send_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tasks().schedules_send_create(a0).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tasks_schedules_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::ScheduleRequest = match dispatch::body::<
                    models::ScheduleRequest,
                    _,
                    _,
                >("tasks_schedules_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tasks().schedules_update(a0, &b).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_list" => {
                to_json(client.tasks().tasks_list(&Default::default()).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tasks_tasks_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tasks().tasks_retrieve(a0).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_retry_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tasks_tasks_retry_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tasks().tasks_retry_create(a0).await)
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_status_retrieve" => {
                to_json(client.tasks().tasks_status_retrieve().await)
            }
            #[cfg(feature = "tasks")]
            "tasks_workers_list" => to_json(client.tasks().workers_list().await),
            #[cfg(feature = "tenants")]
            "tenants_domains_create" => {
                let b: models::DomainRequest = match dispatch::body::<
                    models::DomainRequest,
                    _,
                    _,
                >("tenants_domains_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().domains_create(&b).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_destroy" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("tenants_domains_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().domains_destroy(a0).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_list" => {
                to_json(client.tenants().domains_list(&Default::default()).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_partial_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("tenants_domains_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedDomainRequest = match dispatch::body::<
                    models::PatchedDomainRequest,
                    _,
                    _,
                >("tenants_domains_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().domains_partial_update(a0, &b).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_retrieve" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("tenants_domains_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().domains_retrieve(a0).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_update" => {
                let a0: i64 = match dispatch::path::<
                    i64,
                    _,
                    _,
                >("tenants_domains_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::DomainRequest = match dispatch::body::<
                    models::DomainRequest,
                    _,
                    _,
                >("tenants_domains_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().domains_update(a0, &b).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_create" => {
                let b: models::TenantRequest = match dispatch::body::<
                    models::TenantRequest,
                    _,
                    _,
                >("tenants_tenants_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().tenants_create(&b).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_create_admin_group_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tenants_tenants_create_admin_group_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TenantAdminGroupRequestRequest = match dispatch::body::<
                    models::TenantAdminGroupRequestRequest,
                    _,
                    _,
                >("tenants_tenants_create_admin_group_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().tenants_create_admin_group_create(a0, &b).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_create_recovery_key_create" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tenants_tenants_create_recovery_key_create", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TenantRecoveryKeyRequestRequest = match dispatch::body::<
                    models::TenantRecoveryKeyRequestRequest,
                    _,
                    _,
                >("tenants_tenants_create_recovery_key_create", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(
                    client.tenants().tenants_create_recovery_key_create(a0, &b).await,
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_destroy" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tenants_tenants_destroy", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().tenants_destroy(a0).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_list" => {
                to_json(client.tenants().tenants_list(&Default::default()).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_partial_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tenants_tenants_partial_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::PatchedTenantRequest = match dispatch::body::<
                    models::PatchedTenantRequest,
                    _,
                    _,
                >("tenants_tenants_partial_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().tenants_partial_update(a0, &b).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_retrieve" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tenants_tenants_retrieve", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().tenants_retrieve(a0).await)
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_update" => {
                let a0: ::uuid::Uuid = match dispatch::path::<
                    ::uuid::Uuid,
                    _,
                    _,
                >("tenants_tenants_update", path, 0) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                let b: models::TenantRequest = match dispatch::body::<
                    models::TenantRequest,
                    _,
                    _,
                >("tenants_tenants_update", body) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                to_json(client.tenants().tenants_update(a0, &b).await)
            }
            _ => return None,
        },
    )
}
