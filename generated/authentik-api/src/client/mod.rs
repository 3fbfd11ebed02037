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
    agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
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
pub async fn __call_operation(
    client: &Client,
    operation_id: &str,
    path: &[&str],
    body: Option<&::serde_json::Value>,
) -> Option<Result<::serde_json::Value, Error>> {
    type Call = ::std::pin::Pin<
        Box<
            dyn ::std::future::Future<Output = Result<::serde_json::Value, Error>> + Send,
        >,
    >;
    /// The operation's future, boxed: the arms' arguments stay in
    /// this function's frame (a debug build gives each arm its own
    /// stack slots; one `async fn` with every arm overflowed).
    #[allow(
        deprecated,
        unused_variables,
        clippy::unit_arg,
        clippy::match_single_binding
    )]
    fn start(
        client: &Client,
        operation_id: &str,
        path: &[&str],
        body: Option<&::serde_json::Value>,
    ) -> Result<Option<Call>, Error> {
        #[allow(unused_imports)]
        use super::runtime::client::dispatch;
        #[allow(dead_code)]
        fn boxed<T: ::serde::Serialize + 'static>(
            future: ResponseFuture<T>,
        ) -> Result<Option<Call>, Error> {
            Ok(
                Some(
                    Box::pin(async move {
                        Ok(::serde_json::to_value(future.await?).unwrap_or_default())
                    }),
                ),
            )
        }
        #[allow(dead_code)]
        fn bytes(
            future: ResponseFuture<super::runtime::client::Bytes>,
        ) -> Result<Option<Call>, Error> {
            Ok(
                Some(
                    Box::pin(async move {
                        Ok(
                            ::serde_json::to_value(future.await?.to_vec())
                                .unwrap_or_default(),
                        )
                    }),
                ),
            )
        }
        match operation_id {
            #[cfg(feature = "admin")]
            "admin_apps_list" => boxed(client.admin().apps_list()),
            #[cfg(feature = "admin")]
            "admin_file_destroy" => {
                boxed(client.admin().file_destroy(&Default::default()))
            }
            #[cfg(feature = "admin")]
            "admin_file_list" => boxed(client.admin().file_list(&Default::default())),
            #[cfg(feature = "admin")]
            "admin_file_used_by_list" => {
                boxed(client.admin().file_used_by_list(&Default::default()))
            }
            #[cfg(feature = "admin")]
            "admin_metrics_retrieve" => boxed(client.admin().metrics_retrieve()),
            #[cfg(feature = "admin")]
            "admin_models_list" => boxed(client.admin().models_list(&Default::default())),
            #[cfg(feature = "admin")]
            "admin_settings_partial_update" => {
                boxed(
                    client
                        .admin()
                        .settings_partial_update(
                            &dispatch::body("admin_settings_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "admin")]
            "admin_settings_retrieve" => boxed(client.admin().settings_retrieve()),
            #[cfg(feature = "admin")]
            "admin_settings_update" => {
                boxed(
                    client
                        .admin()
                        .settings_update(&dispatch::body("admin_settings_update", body)?),
                )
            }
            #[cfg(feature = "admin")]
            "admin_system_create" => boxed(client.admin().system_create()),
            #[cfg(feature = "admin")]
            "admin_system_retrieve" => boxed(client.admin().system_retrieve()),
            #[cfg(feature = "admin")]
            "admin_version_history_list" => {
                boxed(client.admin().version_history_list(&Default::default()))
            }
            #[cfg(feature = "admin")]
            "admin_version_history_retrieve" => {
                boxed(
                    client
                        .admin()
                        .version_history_retrieve(
                            dispatch::path("admin_version_history_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "admin")]
            "admin_version_retrieve" => boxed(client.admin().version_retrieve()),
            #[cfg(feature = "admin")]
            "admin_workers_list" => boxed(client.admin().workers_list()),
            #[cfg(feature = "admin")]
            "admin_workers_retrieve" => boxed(client.admin().workers_retrieve()),
            #[cfg(feature = "agents")]
            "agents_agents_create" => {
                boxed(
                    client
                        .agents()
                        .agents_create(&dispatch::body("agents_agents_create", body)?),
                )
            }
            #[cfg(feature = "agents")]
            "agents_agents_destroy" => {
                boxed(
                    client
                        .agents()
                        .agents_destroy(
                            dispatch::path("agents_agents_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "agents")]
            "agents_agents_list" => {
                boxed(client.agents().agents_list(&Default::default()))
            }
            #[cfg(feature = "agents")]
            "agents_agents_partial_update" => {
                boxed(
                    client
                        .agents()
                        .agents_partial_update(
                            dispatch::path("agents_agents_partial_update", path, 0)?,
                            &dispatch::body("agents_agents_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "agents")]
            "agents_agents_retrieve" => {
                boxed(
                    client
                        .agents()
                        .agents_retrieve(
                            dispatch::path("agents_agents_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "agents")]
            "agents_agents_update" => {
                boxed(
                    client
                        .agents()
                        .agents_update(
                            dispatch::path("agents_agents_update", path, 0)?,
                            &dispatch::body("agents_agents_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_all_list" => {
                boxed(client.authenticators().admin_all_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_create" => {
                boxed(
                    client
                        .authenticators()
                        .admin_duo_create(
                            &dispatch::body("authenticators_admin_duo_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .admin_duo_destroy(
                            dispatch::path("authenticators_admin_duo_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_list" => {
                boxed(client.authenticators().admin_duo_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_duo_partial_update(
                            dispatch::path(
                                "authenticators_admin_duo_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_duo_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .admin_duo_retrieve(
                            dispatch::path("authenticators_admin_duo_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_duo_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_duo_update(
                            dispatch::path("authenticators_admin_duo_update", path, 0)?,
                            &dispatch::body("authenticators_admin_duo_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_create" => {
                boxed(
                    client
                        .authenticators()
                        .admin_email_create(
                            &dispatch::body("authenticators_admin_email_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .admin_email_destroy(
                            dispatch::path(
                                "authenticators_admin_email_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_list" => {
                boxed(client.authenticators().admin_email_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_email_partial_update(
                            dispatch::path(
                                "authenticators_admin_email_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_email_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .admin_email_retrieve(
                            dispatch::path(
                                "authenticators_admin_email_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_email_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_email_update(
                            dispatch::path(
                                "authenticators_admin_email_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("authenticators_admin_email_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_create" => {
                boxed(
                    client
                        .authenticators()
                        .admin_endpoint_create(
                            &dispatch::body(
                                "authenticators_admin_endpoint_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .admin_endpoint_destroy(
                            dispatch::path(
                                "authenticators_admin_endpoint_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_list" => {
                boxed(client.authenticators().admin_endpoint_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_endpoint_partial_update(
                            dispatch::path(
                                "authenticators_admin_endpoint_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_endpoint_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .admin_endpoint_retrieve(
                            dispatch::path(
                                "authenticators_admin_endpoint_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_endpoint_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_endpoint_update(
                            dispatch::path(
                                "authenticators_admin_endpoint_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_endpoint_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_create" => {
                boxed(
                    client
                        .authenticators()
                        .admin_sms_create(
                            &dispatch::body("authenticators_admin_sms_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .admin_sms_destroy(
                            dispatch::path("authenticators_admin_sms_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_list" => {
                boxed(client.authenticators().admin_sms_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_sms_partial_update(
                            dispatch::path(
                                "authenticators_admin_sms_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_sms_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .admin_sms_retrieve(
                            dispatch::path("authenticators_admin_sms_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_sms_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_sms_update(
                            dispatch::path("authenticators_admin_sms_update", path, 0)?,
                            &dispatch::body("authenticators_admin_sms_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_create" => {
                boxed(
                    client
                        .authenticators()
                        .admin_static_create(
                            &dispatch::body("authenticators_admin_static_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .admin_static_destroy(
                            dispatch::path(
                                "authenticators_admin_static_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_list" => {
                boxed(client.authenticators().admin_static_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_static_partial_update(
                            dispatch::path(
                                "authenticators_admin_static_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_static_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .admin_static_retrieve(
                            dispatch::path(
                                "authenticators_admin_static_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_static_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_static_update(
                            dispatch::path(
                                "authenticators_admin_static_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("authenticators_admin_static_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_create" => {
                boxed(
                    client
                        .authenticators()
                        .admin_totp_create(
                            &dispatch::body("authenticators_admin_totp_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .admin_totp_destroy(
                            dispatch::path("authenticators_admin_totp_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_list" => {
                boxed(client.authenticators().admin_totp_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_totp_partial_update(
                            dispatch::path(
                                "authenticators_admin_totp_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_totp_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .admin_totp_retrieve(
                            dispatch::path(
                                "authenticators_admin_totp_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_totp_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_totp_update(
                            dispatch::path("authenticators_admin_totp_update", path, 0)?,
                            &dispatch::body("authenticators_admin_totp_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_create" => {
                boxed(
                    client
                        .authenticators()
                        .admin_webauthn_create(
                            &dispatch::body(
                                "authenticators_admin_webauthn_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .admin_webauthn_destroy(
                            dispatch::path(
                                "authenticators_admin_webauthn_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_list" => {
                boxed(client.authenticators().admin_webauthn_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_webauthn_partial_update(
                            dispatch::path(
                                "authenticators_admin_webauthn_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_webauthn_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .admin_webauthn_retrieve(
                            dispatch::path(
                                "authenticators_admin_webauthn_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_admin_webauthn_update" => {
                boxed(
                    client
                        .authenticators()
                        .admin_webauthn_update(
                            dispatch::path(
                                "authenticators_admin_webauthn_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_admin_webauthn_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_all_list" => boxed(client.authenticators().all_list()),
            #[cfg(feature = "authenticators")]
            "authenticators_duo_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .duo_destroy(
                            dispatch::path("authenticators_duo_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_list" => {
                boxed(client.authenticators().duo_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .duo_partial_update(
                            dispatch::path(
                                "authenticators_duo_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("authenticators_duo_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .duo_retrieve(
                            dispatch::path("authenticators_duo_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_update" => {
                boxed(
                    client
                        .authenticators()
                        .duo_update(
                            dispatch::path("authenticators_duo_update", path, 0)?,
                            &dispatch::body("authenticators_duo_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_duo_used_by_list" => {
                boxed(
                    client
                        .authenticators()
                        .duo_used_by_list(
                            dispatch::path("authenticators_duo_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .email_destroy(
                            dispatch::path("authenticators_email_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_list" => {
                boxed(client.authenticators().email_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .email_partial_update(
                            dispatch::path(
                                "authenticators_email_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("authenticators_email_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .email_retrieve(
                            dispatch::path("authenticators_email_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_update" => {
                boxed(
                    client
                        .authenticators()
                        .email_update(
                            dispatch::path("authenticators_email_update", path, 0)?,
                            &dispatch::body("authenticators_email_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_email_used_by_list" => {
                boxed(
                    client
                        .authenticators()
                        .email_used_by_list(
                            dispatch::path("authenticators_email_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_endpoint_list" => {
                boxed(client.authenticators().endpoint_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_endpoint_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .endpoint_retrieve(
                            dispatch::path("authenticators_endpoint_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_endpoint_used_by_list" => {
                boxed(
                    client
                        .authenticators()
                        .endpoint_used_by_list(
                            dispatch::path(
                                "authenticators_endpoint_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .sms_destroy(
                            dispatch::path("authenticators_sms_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_list" => {
                boxed(client.authenticators().sms_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .sms_partial_update(
                            dispatch::path(
                                "authenticators_sms_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("authenticators_sms_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .sms_retrieve(
                            dispatch::path("authenticators_sms_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_update" => {
                boxed(
                    client
                        .authenticators()
                        .sms_update(
                            dispatch::path("authenticators_sms_update", path, 0)?,
                            &dispatch::body("authenticators_sms_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_sms_used_by_list" => {
                boxed(
                    client
                        .authenticators()
                        .sms_used_by_list(
                            dispatch::path("authenticators_sms_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .static_destroy(
                            dispatch::path("authenticators_static_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_list" => {
                boxed(client.authenticators().static_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .static_partial_update(
                            dispatch::path(
                                "authenticators_static_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_static_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .static_retrieve(
                            dispatch::path("authenticators_static_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_update" => {
                boxed(
                    client
                        .authenticators()
                        .static_update(
                            dispatch::path("authenticators_static_update", path, 0)?,
                            &dispatch::body("authenticators_static_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_static_used_by_list" => {
                boxed(
                    client
                        .authenticators()
                        .static_used_by_list(
                            dispatch::path(
                                "authenticators_static_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .totp_destroy(
                            dispatch::path("authenticators_totp_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_list" => {
                boxed(client.authenticators().totp_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .totp_partial_update(
                            dispatch::path(
                                "authenticators_totp_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("authenticators_totp_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .totp_retrieve(
                            dispatch::path("authenticators_totp_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_update" => {
                boxed(
                    client
                        .authenticators()
                        .totp_update(
                            dispatch::path("authenticators_totp_update", path, 0)?,
                            &dispatch::body("authenticators_totp_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_totp_used_by_list" => {
                boxed(
                    client
                        .authenticators()
                        .totp_used_by_list(
                            dispatch::path("authenticators_totp_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_destroy" => {
                boxed(
                    client
                        .authenticators()
                        .webauthn_destroy(
                            dispatch::path("authenticators_webauthn_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_list" => {
                boxed(client.authenticators().webauthn_list(&Default::default()))
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_partial_update" => {
                boxed(
                    client
                        .authenticators()
                        .webauthn_partial_update(
                            dispatch::path(
                                "authenticators_webauthn_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "authenticators_webauthn_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_retrieve" => {
                boxed(
                    client
                        .authenticators()
                        .webauthn_retrieve(
                            dispatch::path("authenticators_webauthn_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_update" => {
                boxed(
                    client
                        .authenticators()
                        .webauthn_update(
                            dispatch::path("authenticators_webauthn_update", path, 0)?,
                            &dispatch::body("authenticators_webauthn_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "authenticators")]
            "authenticators_webauthn_used_by_list" => {
                boxed(
                    client
                        .authenticators()
                        .webauthn_used_by_list(
                            dispatch::path(
                                "authenticators_webauthn_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_create" => {
                boxed(
                    client
                        .core()
                        .application_entitlements_create(
                            &dispatch::body(
                                "core_application_entitlements_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_destroy" => {
                boxed(
                    client
                        .core()
                        .application_entitlements_destroy(
                            dispatch::path(
                                "core_application_entitlements_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_list" => {
                boxed(client.core().application_entitlements_list(&Default::default()))
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_partial_update" => {
                boxed(
                    client
                        .core()
                        .application_entitlements_partial_update(
                            dispatch::path(
                                "core_application_entitlements_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "core_application_entitlements_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_requestable_list" => {
                boxed(
                    client
                        .core()
                        .application_entitlements_requestable_list(&Default::default()),
                )
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_retrieve" => {
                boxed(
                    client
                        .core()
                        .application_entitlements_retrieve(
                            dispatch::path(
                                "core_application_entitlements_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_update" => {
                boxed(
                    client
                        .core()
                        .application_entitlements_update(
                            dispatch::path(
                                "core_application_entitlements_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "core_application_entitlements_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_application_entitlements_used_by_list" => {
                boxed(
                    client
                        .core()
                        .application_entitlements_used_by_list(
                            dispatch::path(
                                "core_application_entitlements_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_check_access_retrieve" => {
                boxed(
                    client
                        .core()
                        .applications_check_access_retrieve(
                            &dispatch::path::<
                                String,
                            >("core_applications_check_access_retrieve", path, 0)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_create" => {
                boxed(
                    client
                        .core()
                        .applications_create(
                            &dispatch::body("core_applications_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_destroy" => {
                boxed(
                    client
                        .core()
                        .applications_destroy(
                            &dispatch::path::<
                                String,
                            >("core_applications_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_list" => {
                boxed(client.core().applications_list(&Default::default()))
            }
            #[cfg(feature = "core")]
            "core_applications_metrics_list" => {
                boxed(
                    client
                        .core()
                        .applications_metrics_list(
                            &dispatch::path::<
                                String,
                            >("core_applications_metrics_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_partial_update" => {
                boxed(
                    client
                        .core()
                        .applications_partial_update(
                            &dispatch::path::<
                                String,
                            >("core_applications_partial_update", path, 0)?,
                            &dispatch::body("core_applications_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_requestable_list" => {
                boxed(client.core().applications_requestable_list(&Default::default()))
            }
            #[cfg(feature = "core")]
            "core_applications_retrieve" => {
                boxed(
                    client
                        .core()
                        .applications_retrieve(
                            &dispatch::path::<
                                String,
                            >("core_applications_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_set_icon_url_create" => {
                boxed(
                    client
                        .core()
                        .applications_set_icon_url_create(
                            &dispatch::path::<
                                String,
                            >("core_applications_set_icon_url_create", path, 0)?,
                            &dispatch::body(
                                "core_applications_set_icon_url_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_update" => {
                boxed(
                    client
                        .core()
                        .applications_update(
                            &dispatch::path::<
                                String,
                            >("core_applications_update", path, 0)?,
                            &dispatch::body("core_applications_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_applications_used_by_list" => {
                boxed(
                    client
                        .core()
                        .applications_used_by_list(
                            &dispatch::path::<
                                String,
                            >("core_applications_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_bulk_delete_destroy" => {
                boxed(
                    client
                        .core()
                        .authenticated_sessions_bulk_delete_destroy(
                            &dispatch::zero::<
                                Vec<_>,
                            >("core_authenticated_sessions_bulk_delete_destroy")?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_destroy" => {
                boxed(
                    client
                        .core()
                        .authenticated_sessions_destroy(
                            dispatch::path(
                                "core_authenticated_sessions_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_list" => {
                boxed(client.core().authenticated_sessions_list(&Default::default()))
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_retrieve" => {
                boxed(
                    client
                        .core()
                        .authenticated_sessions_retrieve(
                            dispatch::path(
                                "core_authenticated_sessions_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_authenticated_sessions_used_by_list" => {
                boxed(
                    client
                        .core()
                        .authenticated_sessions_used_by_list(
                            dispatch::path(
                                "core_authenticated_sessions_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_brands_create" => {
                boxed(
                    client
                        .core()
                        .brands_create(&dispatch::body("core_brands_create", body)?),
                )
            }
            #[cfg(feature = "core")]
            "core_brands_current_retrieve" => {
                boxed(client.core().brands_current_retrieve())
            }
            #[cfg(feature = "core")]
            "core_brands_destroy" => {
                boxed(
                    client
                        .core()
                        .brands_destroy(dispatch::path("core_brands_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "core")]
            "core_brands_list" => boxed(client.core().brands_list(&Default::default())),
            #[cfg(feature = "core")]
            "core_brands_partial_update" => {
                boxed(
                    client
                        .core()
                        .brands_partial_update(
                            dispatch::path("core_brands_partial_update", path, 0)?,
                            &dispatch::body("core_brands_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_brands_retrieve" => {
                boxed(
                    client
                        .core()
                        .brands_retrieve(
                            dispatch::path("core_brands_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_brands_update" => {
                boxed(
                    client
                        .core()
                        .brands_update(
                            dispatch::path("core_brands_update", path, 0)?,
                            &dispatch::body("core_brands_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_brands_used_by_list" => {
                boxed(
                    client
                        .core()
                        .brands_used_by_list(
                            dispatch::path("core_brands_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_groups_add_user_create" => {
                boxed(
                    client
                        .core()
                        .groups_add_user_create(
                            dispatch::path("core_groups_add_user_create", path, 0)?,
                            &dispatch::body("core_groups_add_user_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_groups_create" => {
                boxed(
                    client
                        .core()
                        .groups_create(&dispatch::body("core_groups_create", body)?),
                )
            }
            #[cfg(feature = "core")]
            "core_groups_destroy" => {
                boxed(
                    client
                        .core()
                        .groups_destroy(dispatch::path("core_groups_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "core")]
            "core_groups_list" => boxed(client.core().groups_list(&Default::default())),
            #[cfg(feature = "core")]
            "core_groups_partial_update" => {
                boxed(
                    client
                        .core()
                        .groups_partial_update(
                            dispatch::path("core_groups_partial_update", path, 0)?,
                            &dispatch::body("core_groups_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_groups_remove_user_create" => {
                boxed(
                    client
                        .core()
                        .groups_remove_user_create(
                            dispatch::path("core_groups_remove_user_create", path, 0)?,
                            &dispatch::body("core_groups_remove_user_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_groups_retrieve" => {
                boxed(
                    client
                        .core()
                        .groups_retrieve(
                            dispatch::path("core_groups_retrieve", path, 0)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_groups_update" => {
                boxed(
                    client
                        .core()
                        .groups_update(
                            dispatch::path("core_groups_update", path, 0)?,
                            &dispatch::body("core_groups_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_groups_used_by_list" => {
                boxed(
                    client
                        .core()
                        .groups_used_by_list(
                            dispatch::path("core_groups_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_object_attributes_create" => {
                boxed(
                    client
                        .core()
                        .object_attributes_create(
                            &dispatch::body("core_object_attributes_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_object_attributes_destroy" => {
                boxed(
                    client
                        .core()
                        .object_attributes_destroy(
                            dispatch::path("core_object_attributes_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_object_attributes_list" => {
                boxed(client.core().object_attributes_list(&Default::default()))
            }
            #[cfg(feature = "core")]
            "core_object_attributes_partial_update" => {
                boxed(
                    client
                        .core()
                        .object_attributes_partial_update(
                            dispatch::path(
                                "core_object_attributes_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "core_object_attributes_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_object_attributes_retrieve" => {
                boxed(
                    client
                        .core()
                        .object_attributes_retrieve(
                            dispatch::path("core_object_attributes_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_object_attributes_update" => {
                boxed(
                    client
                        .core()
                        .object_attributes_update(
                            dispatch::path("core_object_attributes_update", path, 0)?,
                            &dispatch::body("core_object_attributes_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_tokens_create" => {
                boxed(
                    client
                        .core()
                        .tokens_create(&dispatch::body("core_tokens_create", body)?),
                )
            }
            #[cfg(feature = "core")]
            "core_tokens_destroy" => {
                boxed(
                    client
                        .core()
                        .tokens_destroy(
                            &dispatch::path::<String>("core_tokens_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_tokens_list" => boxed(client.core().tokens_list(&Default::default())),
            #[cfg(feature = "core")]
            "core_tokens_partial_update" => {
                boxed(
                    client
                        .core()
                        .tokens_partial_update(
                            &dispatch::path::<
                                String,
                            >("core_tokens_partial_update", path, 0)?,
                            &dispatch::body("core_tokens_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_tokens_retrieve" => {
                boxed(
                    client
                        .core()
                        .tokens_retrieve(
                            &dispatch::path::<String>("core_tokens_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_tokens_set_key_create" => {
                boxed(
                    client
                        .core()
                        .tokens_set_key_create(
                            &dispatch::path::<
                                String,
                            >("core_tokens_set_key_create", path, 0)?,
                            &dispatch::body("core_tokens_set_key_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_tokens_update" => {
                boxed(
                    client
                        .core()
                        .tokens_update(
                            &dispatch::path::<String>("core_tokens_update", path, 0)?,
                            &dispatch::body("core_tokens_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_tokens_used_by_list" => {
                boxed(
                    client
                        .core()
                        .tokens_used_by_list(
                            &dispatch::path::<
                                String,
                            >("core_tokens_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_tokens_view_key_retrieve" => {
                boxed(
                    client
                        .core()
                        .tokens_view_key_retrieve(
                            &dispatch::path::<
                                String,
                            >("core_tokens_view_key_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_transactional_applications_update" => {
                boxed(
                    client
                        .core()
                        .transactional_applications_update(
                            &dispatch::body(
                                "core_transactional_applications_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_user_consent_destroy" => {
                boxed(
                    client
                        .core()
                        .user_consent_destroy(
                            dispatch::path("core_user_consent_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_user_consent_list" => {
                boxed(client.core().user_consent_list(&Default::default()))
            }
            #[cfg(feature = "core")]
            "core_user_consent_retrieve" => {
                boxed(
                    client
                        .core()
                        .user_consent_retrieve(
                            dispatch::path("core_user_consent_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_user_consent_used_by_list" => {
                boxed(
                    client
                        .core()
                        .user_consent_used_by_list(
                            dispatch::path("core_user_consent_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_account_lockdown_create" => {
                boxed(
                    client
                        .core()
                        .users_account_lockdown_create(
                            &dispatch::body("core_users_account_lockdown_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_create" => {
                boxed(
                    client
                        .core()
                        .users_create(&dispatch::body("core_users_create", body)?),
                )
            }
            #[cfg(feature = "core")]
            "core_users_destroy" => {
                boxed(
                    client
                        .core()
                        .users_destroy(dispatch::path("core_users_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "core")]
            "core_users_export_create" => {
                boxed(client.core().users_export_create(&Default::default()))
            }
            #[cfg(feature = "core")]
            "core_users_impersonate_create" => {
                boxed(
                    client
                        .core()
                        .users_impersonate_create(
                            dispatch::path("core_users_impersonate_create", path, 0)?,
                            &dispatch::body("core_users_impersonate_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_impersonate_end_retrieve" => {
                boxed(client.core().users_impersonate_end_retrieve())
            }
            #[cfg(feature = "core")]
            "core_users_list" => boxed(client.core().users_list(&Default::default())),
            #[cfg(feature = "core")]
            "core_users_me_retrieve" => boxed(client.core().users_me_retrieve()),
            #[cfg(feature = "core")]
            "core_users_metrics_retrieve" => {
                boxed(
                    client
                        .core()
                        .users_metrics_retrieve(
                            dispatch::path("core_users_metrics_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_partial_update" => {
                boxed(
                    client
                        .core()
                        .users_partial_update(
                            dispatch::path("core_users_partial_update", path, 0)?,
                            &dispatch::body("core_users_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_paths_retrieve" => {
                boxed(client.core().users_paths_retrieve(&Default::default()))
            }
            #[cfg(feature = "core")]
            "core_users_recovery_create" => {
                boxed(
                    client
                        .core()
                        .users_recovery_create(
                            dispatch::path("core_users_recovery_create", path, 0)?,
                            &dispatch::body("core_users_recovery_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_recovery_email_create" => {
                boxed(
                    client
                        .core()
                        .users_recovery_email_create(
                            dispatch::path("core_users_recovery_email_create", path, 0)?,
                            &dispatch::body("core_users_recovery_email_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_retrieve" => {
                boxed(
                    client
                        .core()
                        .users_retrieve(dispatch::path("core_users_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "core")]
            "core_users_service_account_create" => {
                boxed(
                    client
                        .core()
                        .users_service_account_create(
                            &dispatch::body("core_users_service_account_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_set_password_create" => {
                boxed(
                    client
                        .core()
                        .users_set_password_create(
                            dispatch::path("core_users_set_password_create", path, 0)?,
                            &dispatch::body("core_users_set_password_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_set_password_hash_create" => {
                boxed(
                    client
                        .core()
                        .users_set_password_hash_create(
                            dispatch::path(
                                "core_users_set_password_hash_create",
                                path,
                                0,
                            )?,
                            &dispatch::body("core_users_set_password_hash_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_switch_create" => {
                boxed(
                    client
                        .core()
                        .users_switch_create(
                            &dispatch::body("core_users_switch_create", body)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_update" => {
                boxed(
                    client
                        .core()
                        .users_update(
                            dispatch::path("core_users_update", path, 0)?,
                            &dispatch::body("core_users_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "core")]
            "core_users_used_by_list" => {
                boxed(
                    client
                        .core()
                        .users_used_by_list(
                            dispatch::path("core_users_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_create" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_create(
                            &dispatch::body("crypto_certificatekeypairs_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_destroy" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_destroy(
                            dispatch::path(
                                "crypto_certificatekeypairs_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_generate_create" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_generate_create(
                            &dispatch::body(
                                "crypto_certificatekeypairs_generate_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_list" => {
                boxed(client.crypto().certificatekeypairs_list(&Default::default()))
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_partial_update" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_partial_update(
                            dispatch::path(
                                "crypto_certificatekeypairs_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "crypto_certificatekeypairs_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_retrieve" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_retrieve(
                            dispatch::path(
                                "crypto_certificatekeypairs_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_update" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_update(
                            dispatch::path(
                                "crypto_certificatekeypairs_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("crypto_certificatekeypairs_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_used_by_list" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_used_by_list(
                            dispatch::path(
                                "crypto_certificatekeypairs_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_view_certificate_retrieve" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_view_certificate_retrieve(
                            dispatch::path(
                                "crypto_certificatekeypairs_view_certificate_retrieve",
                                path,
                                0,
                            )?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "crypto")]
            "crypto_certificatekeypairs_view_private_key_retrieve" => {
                boxed(
                    client
                        .crypto()
                        .certificatekeypairs_view_private_key_retrieve(
                            dispatch::path(
                                "crypto_certificatekeypairs_view_private_key_retrieve",
                                path,
                                0,
                            )?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_agent_config_retrieve" => {
                boxed(client.endpoints().agents_connectors_agent_config_retrieve())
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_auth_fed_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_auth_fed_create(
                            &dispatch::zero::<
                                String,
                            >("endpoints_agents_connectors_auth_fed_create")?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_auth_ia_create" => {
                boxed(client.endpoints().agents_connectors_auth_ia_create())
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_check_in_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_check_in_create(
                            &dispatch::body(
                                "endpoints_agents_connectors_check_in_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_create(
                            &dispatch::body("endpoints_agents_connectors_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_destroy(
                            dispatch::path(
                                "endpoints_agents_connectors_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_enroll_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_enroll_create(
                            &dispatch::body(
                                "endpoints_agents_connectors_enroll_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_list" => {
                boxed(client.endpoints().agents_connectors_list(&Default::default()))
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_mdm_config_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_mdm_config_create(
                            dispatch::path(
                                "endpoints_agents_connectors_mdm_config_create",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_agents_connectors_mdm_config_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_partial_update" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_partial_update(
                            dispatch::path(
                                "endpoints_agents_connectors_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_agents_connectors_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_retrieve(
                            dispatch::path(
                                "endpoints_agents_connectors_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_update" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_update(
                            dispatch::path(
                                "endpoints_agents_connectors_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("endpoints_agents_connectors_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_connectors_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .agents_connectors_used_by_list(
                            dispatch::path(
                                "endpoints_agents_connectors_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_create(
                            &dispatch::body(
                                "endpoints_agents_enrollment_tokens_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_destroy(
                            dispatch::path(
                                "endpoints_agents_enrollment_tokens_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_list" => {
                boxed(
                    client.endpoints().agents_enrollment_tokens_list(&Default::default()),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_partial_update" => {
                boxed(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_partial_update(
                            dispatch::path(
                                "endpoints_agents_enrollment_tokens_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_agents_enrollment_tokens_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_retrieve(
                            dispatch::path(
                                "endpoints_agents_enrollment_tokens_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_update" => {
                boxed(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_update(
                            dispatch::path(
                                "endpoints_agents_enrollment_tokens_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_agents_enrollment_tokens_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_used_by_list(
                            dispatch::path(
                                "endpoints_agents_enrollment_tokens_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_enrollment_tokens_view_key_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .agents_enrollment_tokens_view_key_retrieve(
                            dispatch::path(
                                "endpoints_agents_enrollment_tokens_view_key_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_psso_ise_create(
                            &dispatch::body("endpoints_agents_psso_ise_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .agents_psso_ise_destroy(
                            dispatch::path("endpoints_agents_psso_ise_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_list" => {
                boxed(client.endpoints().agents_psso_ise_list(&Default::default()))
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_partial_update" => {
                boxed(
                    client
                        .endpoints()
                        .agents_psso_ise_partial_update(
                            dispatch::path(
                                "endpoints_agents_psso_ise_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_agents_psso_ise_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .agents_psso_ise_retrieve(
                            dispatch::path(
                                "endpoints_agents_psso_ise_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_update" => {
                boxed(
                    client
                        .endpoints()
                        .agents_psso_ise_update(
                            dispatch::path("endpoints_agents_psso_ise_update", path, 0)?,
                            &dispatch::body("endpoints_agents_psso_ise_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_ise_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .agents_psso_ise_used_by_list(
                            dispatch::path(
                                "endpoints_agents_psso_ise_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_register_device_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_psso_register_device_create(
                            &dispatch::body(
                                "endpoints_agents_psso_register_device_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_agents_psso_register_user_create" => {
                boxed(
                    client
                        .endpoints()
                        .agents_psso_register_user_create(
                            &dispatch::body(
                                "endpoints_agents_psso_register_user_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .connectors_destroy(
                            dispatch::path("endpoints_connectors_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_list" => {
                boxed(client.endpoints().connectors_list(&Default::default()))
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .connectors_retrieve(
                            dispatch::path("endpoints_connectors_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_types_list" => {
                boxed(client.endpoints().connectors_types_list())
            }
            #[cfg(feature = "endpoints")]
            "endpoints_connectors_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .connectors_used_by_list(
                            dispatch::path("endpoints_connectors_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_create" => {
                boxed(
                    client
                        .endpoints()
                        .device_access_groups_create(
                            &dispatch::body(
                                "endpoints_device_access_groups_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .device_access_groups_destroy(
                            dispatch::path(
                                "endpoints_device_access_groups_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_list" => {
                boxed(client.endpoints().device_access_groups_list(&Default::default()))
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_partial_update" => {
                boxed(
                    client
                        .endpoints()
                        .device_access_groups_partial_update(
                            dispatch::path(
                                "endpoints_device_access_groups_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_device_access_groups_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .device_access_groups_retrieve(
                            dispatch::path(
                                "endpoints_device_access_groups_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_update" => {
                boxed(
                    client
                        .endpoints()
                        .device_access_groups_update(
                            dispatch::path(
                                "endpoints_device_access_groups_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_device_access_groups_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_access_groups_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .device_access_groups_used_by_list(
                            dispatch::path(
                                "endpoints_device_access_groups_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_create" => {
                boxed(
                    client
                        .endpoints()
                        .device_bindings_create(
                            &dispatch::body("endpoints_device_bindings_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .device_bindings_destroy(
                            dispatch::path("endpoints_device_bindings_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_list" => {
                boxed(client.endpoints().device_bindings_list(&Default::default()))
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_partial_update" => {
                boxed(
                    client
                        .endpoints()
                        .device_bindings_partial_update(
                            dispatch::path(
                                "endpoints_device_bindings_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_device_bindings_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .device_bindings_retrieve(
                            dispatch::path(
                                "endpoints_device_bindings_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_update" => {
                boxed(
                    client
                        .endpoints()
                        .device_bindings_update(
                            dispatch::path("endpoints_device_bindings_update", path, 0)?,
                            &dispatch::body("endpoints_device_bindings_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_device_bindings_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .device_bindings_used_by_list(
                            dispatch::path(
                                "endpoints_device_bindings_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .devices_destroy(
                            dispatch::path("endpoints_devices_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_list" => {
                boxed(client.endpoints().devices_list(&Default::default()))
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_partial_update" => {
                boxed(
                    client
                        .endpoints()
                        .devices_partial_update(
                            dispatch::path("endpoints_devices_partial_update", path, 0)?,
                            &dispatch::body("endpoints_devices_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .devices_retrieve(
                            dispatch::path("endpoints_devices_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_summary_retrieve" => {
                boxed(client.endpoints().devices_summary_retrieve())
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_update" => {
                boxed(
                    client
                        .endpoints()
                        .devices_update(
                            dispatch::path("endpoints_devices_update", path, 0)?,
                            &dispatch::body("endpoints_devices_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_devices_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .devices_used_by_list(
                            dispatch::path("endpoints_devices_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_create" => {
                boxed(
                    client
                        .endpoints()
                        .fleet_connectors_create(
                            &dispatch::body("endpoints_fleet_connectors_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .fleet_connectors_destroy(
                            dispatch::path(
                                "endpoints_fleet_connectors_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_list" => {
                boxed(client.endpoints().fleet_connectors_list(&Default::default()))
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_partial_update" => {
                boxed(
                    client
                        .endpoints()
                        .fleet_connectors_partial_update(
                            dispatch::path(
                                "endpoints_fleet_connectors_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_fleet_connectors_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .fleet_connectors_retrieve(
                            dispatch::path(
                                "endpoints_fleet_connectors_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_update" => {
                boxed(
                    client
                        .endpoints()
                        .fleet_connectors_update(
                            dispatch::path(
                                "endpoints_fleet_connectors_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("endpoints_fleet_connectors_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_fleet_connectors_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .fleet_connectors_used_by_list(
                            dispatch::path(
                                "endpoints_fleet_connectors_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_create" => {
                boxed(
                    client
                        .endpoints()
                        .google_chrome_connectors_create(
                            &dispatch::body(
                                "endpoints_google_chrome_connectors_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_destroy" => {
                boxed(
                    client
                        .endpoints()
                        .google_chrome_connectors_destroy(
                            dispatch::path(
                                "endpoints_google_chrome_connectors_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_list" => {
                boxed(
                    client.endpoints().google_chrome_connectors_list(&Default::default()),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_partial_update" => {
                boxed(
                    client
                        .endpoints()
                        .google_chrome_connectors_partial_update(
                            dispatch::path(
                                "endpoints_google_chrome_connectors_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_google_chrome_connectors_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_retrieve" => {
                boxed(
                    client
                        .endpoints()
                        .google_chrome_connectors_retrieve(
                            dispatch::path(
                                "endpoints_google_chrome_connectors_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_update" => {
                boxed(
                    client
                        .endpoints()
                        .google_chrome_connectors_update(
                            dispatch::path(
                                "endpoints_google_chrome_connectors_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "endpoints_google_chrome_connectors_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "endpoints")]
            "endpoints_google_chrome_connectors_used_by_list" => {
                boxed(
                    client
                        .endpoints()
                        .google_chrome_connectors_used_by_list(
                            dispatch::path(
                                "endpoints_google_chrome_connectors_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_create" => {
                boxed(
                    client
                        .enterprise()
                        .license_create(
                            &dispatch::body("enterprise_license_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_destroy" => {
                boxed(
                    client
                        .enterprise()
                        .license_destroy(
                            dispatch::path("enterprise_license_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_forecast_retrieve" => {
                boxed(client.enterprise().license_forecast_retrieve())
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_install_id_retrieve" => {
                boxed(client.enterprise().license_install_id_retrieve())
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_list" => {
                boxed(client.enterprise().license_list(&Default::default()))
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_partial_update" => {
                boxed(
                    client
                        .enterprise()
                        .license_partial_update(
                            dispatch::path(
                                "enterprise_license_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("enterprise_license_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_retrieve" => {
                boxed(
                    client
                        .enterprise()
                        .license_retrieve(
                            dispatch::path("enterprise_license_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_summary_retrieve" => {
                boxed(client.enterprise().license_summary_retrieve(&Default::default()))
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_update" => {
                boxed(
                    client
                        .enterprise()
                        .license_update(
                            dispatch::path("enterprise_license_update", path, 0)?,
                            &dispatch::body("enterprise_license_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "enterprise")]
            "enterprise_license_used_by_list" => {
                boxed(
                    client
                        .enterprise()
                        .license_used_by_list(
                            dispatch::path("enterprise_license_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_events_actions_list" => boxed(client.events().events_actions_list()),
            #[cfg(feature = "events")]
            "events_events_create" => {
                boxed(
                    client
                        .events()
                        .events_create(&dispatch::body("events_events_create", body)?),
                )
            }
            #[cfg(feature = "events")]
            "events_events_destroy" => {
                boxed(
                    client
                        .events()
                        .events_destroy(
                            dispatch::path("events_events_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_events_export_create" => {
                boxed(client.events().events_export_create(&Default::default()))
            }
            #[cfg(feature = "events")]
            "events_events_list" => {
                boxed(client.events().events_list(&Default::default()))
            }
            #[cfg(feature = "events")]
            "events_events_partial_update" => {
                boxed(
                    client
                        .events()
                        .events_partial_update(
                            dispatch::path("events_events_partial_update", path, 0)?,
                            &dispatch::body("events_events_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_events_per_month_list" => {
                boxed(client.events().events_per_month_list(&Default::default()))
            }
            #[cfg(feature = "events")]
            "events_events_retrieve" => {
                boxed(
                    client
                        .events()
                        .events_retrieve(
                            dispatch::path("events_events_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_events_stats_retrieve" => {
                boxed(
                    client
                        .events()
                        .events_stats_retrieve(
                            &dispatch::zero::<Vec<_>>("events_events_stats_retrieve")?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_events_top_per_user_list" => {
                boxed(client.events().events_top_per_user_list(&Default::default()))
            }
            #[cfg(feature = "events")]
            "events_events_update" => {
                boxed(
                    client
                        .events()
                        .events_update(
                            dispatch::path("events_events_update", path, 0)?,
                            &dispatch::body("events_events_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_events_volume_list" => {
                boxed(client.events().events_volume_list(&Default::default()))
            }
            #[cfg(feature = "events")]
            "events_notifications_destroy" => {
                boxed(
                    client
                        .events()
                        .notifications_destroy(
                            dispatch::path("events_notifications_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_notifications_list" => {
                boxed(client.events().notifications_list(&Default::default()))
            }
            #[cfg(feature = "events")]
            "events_notifications_mark_all_seen_create" => {
                boxed(client.events().notifications_mark_all_seen_create())
            }
            #[cfg(feature = "events")]
            "events_notifications_partial_update" => {
                boxed(
                    client
                        .events()
                        .notifications_partial_update(
                            dispatch::path(
                                "events_notifications_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("events_notifications_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_notifications_retrieve" => {
                boxed(
                    client
                        .events()
                        .notifications_retrieve(
                            dispatch::path("events_notifications_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_notifications_update" => {
                boxed(
                    client
                        .events()
                        .notifications_update(
                            dispatch::path("events_notifications_update", path, 0)?,
                            &dispatch::body("events_notifications_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_notifications_used_by_list" => {
                boxed(
                    client
                        .events()
                        .notifications_used_by_list(
                            dispatch::path("events_notifications_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_rules_create" => {
                boxed(
                    client
                        .events()
                        .rules_create(&dispatch::body("events_rules_create", body)?),
                )
            }
            #[cfg(feature = "events")]
            "events_rules_destroy" => {
                boxed(
                    client
                        .events()
                        .rules_destroy(dispatch::path("events_rules_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "events")]
            "events_rules_list" => boxed(client.events().rules_list(&Default::default())),
            #[cfg(feature = "events")]
            "events_rules_partial_update" => {
                boxed(
                    client
                        .events()
                        .rules_partial_update(
                            dispatch::path("events_rules_partial_update", path, 0)?,
                            &dispatch::body("events_rules_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_rules_retrieve" => {
                boxed(
                    client
                        .events()
                        .rules_retrieve(
                            dispatch::path("events_rules_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_rules_update" => {
                boxed(
                    client
                        .events()
                        .rules_update(
                            dispatch::path("events_rules_update", path, 0)?,
                            &dispatch::body("events_rules_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_rules_used_by_list" => {
                boxed(
                    client
                        .events()
                        .rules_used_by_list(
                            dispatch::path("events_rules_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_system_tasks_list" => {
                boxed(client.events().system_tasks_list(&Default::default()))
            }
            #[cfg(feature = "events")]
            "events_system_tasks_retrieve" => {
                boxed(
                    client
                        .events()
                        .system_tasks_retrieve(
                            dispatch::path("events_system_tasks_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_system_tasks_run_create" => {
                boxed(
                    client
                        .events()
                        .system_tasks_run_create(
                            dispatch::path("events_system_tasks_run_create", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_transports_create" => {
                boxed(
                    client
                        .events()
                        .transports_create(
                            &dispatch::body("events_transports_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_transports_destroy" => {
                boxed(
                    client
                        .events()
                        .transports_destroy(
                            dispatch::path("events_transports_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_transports_list" => {
                boxed(client.events().transports_list(&Default::default()))
            }
            #[cfg(feature = "events")]
            "events_transports_partial_update" => {
                boxed(
                    client
                        .events()
                        .transports_partial_update(
                            dispatch::path("events_transports_partial_update", path, 0)?,
                            &dispatch::body("events_transports_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_transports_retrieve" => {
                boxed(
                    client
                        .events()
                        .transports_retrieve(
                            dispatch::path("events_transports_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_transports_test_create" => {
                boxed(
                    client
                        .events()
                        .transports_test_create(
                            dispatch::path("events_transports_test_create", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_transports_update" => {
                boxed(
                    client
                        .events()
                        .transports_update(
                            dispatch::path("events_transports_update", path, 0)?,
                            &dispatch::body("events_transports_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "events")]
            "events_transports_used_by_list" => {
                boxed(
                    client
                        .events()
                        .transports_used_by_list(
                            dispatch::path("events_transports_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_bindings_create" => {
                boxed(
                    client
                        .flows()
                        .bindings_create(&dispatch::body("flows_bindings_create", body)?),
                )
            }
            #[cfg(feature = "flows")]
            "flows_bindings_destroy" => {
                boxed(
                    client
                        .flows()
                        .bindings_destroy(
                            dispatch::path("flows_bindings_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_bindings_list" => {
                boxed(client.flows().bindings_list(&Default::default()))
            }
            #[cfg(feature = "flows")]
            "flows_bindings_partial_update" => {
                boxed(
                    client
                        .flows()
                        .bindings_partial_update(
                            dispatch::path("flows_bindings_partial_update", path, 0)?,
                            &dispatch::body("flows_bindings_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_bindings_retrieve" => {
                boxed(
                    client
                        .flows()
                        .bindings_retrieve(
                            dispatch::path("flows_bindings_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_bindings_update" => {
                boxed(
                    client
                        .flows()
                        .bindings_update(
                            dispatch::path("flows_bindings_update", path, 0)?,
                            &dispatch::body("flows_bindings_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_bindings_used_by_list" => {
                boxed(
                    client
                        .flows()
                        .bindings_used_by_list(
                            dispatch::path("flows_bindings_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_executor_get" => {
                boxed(
                    client
                        .flows()
                        .executor_get(
                            &dispatch::path::<String>("flows_executor_get", path, 0)?,
                            &dispatch::zero::<String>("flows_executor_get")?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_executor_solve" => {
                boxed(
                    client
                        .flows()
                        .executor_solve(
                            &dispatch::path::<String>("flows_executor_solve", path, 0)?,
                            &dispatch::zero::<String>("flows_executor_solve")?,
                            Some(&dispatch::body("flows_executor_solve", body)?),
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_inspector_get" => {
                boxed(
                    client
                        .flows()
                        .inspector_get(
                            &dispatch::path::<String>("flows_inspector_get", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_cache_clear_create" => {
                boxed(client.flows().instances_cache_clear_create())
            }
            #[cfg(feature = "flows")]
            "flows_instances_cache_info_retrieve" => {
                boxed(client.flows().instances_cache_info_retrieve())
            }
            #[cfg(feature = "flows")]
            "flows_instances_create" => {
                boxed(
                    client
                        .flows()
                        .instances_create(
                            &dispatch::body("flows_instances_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_destroy" => {
                boxed(
                    client
                        .flows()
                        .instances_destroy(
                            &dispatch::path::<
                                String,
                            >("flows_instances_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_diagram_retrieve" => {
                boxed(
                    client
                        .flows()
                        .instances_diagram_retrieve(
                            &dispatch::path::<
                                String,
                            >("flows_instances_diagram_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_execute_retrieve" => {
                boxed(
                    client
                        .flows()
                        .instances_execute_retrieve(
                            &dispatch::path::<
                                String,
                            >("flows_instances_execute_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_export_retrieve" => {
                bytes(
                    client
                        .flows()
                        .instances_export_retrieve(
                            &dispatch::path::<
                                String,
                            >("flows_instances_export_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_list" => {
                boxed(client.flows().instances_list(&Default::default()))
            }
            #[cfg(feature = "flows")]
            "flows_instances_partial_update" => {
                boxed(
                    client
                        .flows()
                        .instances_partial_update(
                            &dispatch::path::<
                                String,
                            >("flows_instances_partial_update", path, 0)?,
                            &dispatch::body("flows_instances_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_retrieve" => {
                boxed(
                    client
                        .flows()
                        .instances_retrieve(
                            &dispatch::path::<
                                String,
                            >("flows_instances_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_set_background_url_create" => {
                boxed(
                    client
                        .flows()
                        .instances_set_background_url_create(
                            &dispatch::path::<
                                String,
                            >("flows_instances_set_background_url_create", path, 0)?,
                            &dispatch::body(
                                "flows_instances_set_background_url_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_update" => {
                boxed(
                    client
                        .flows()
                        .instances_update(
                            &dispatch::path::<
                                String,
                            >("flows_instances_update", path, 0)?,
                            &dispatch::body("flows_instances_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "flows")]
            "flows_instances_used_by_list" => {
                boxed(
                    client
                        .flows()
                        .instances_used_by_list(
                            &dispatch::path::<
                                String,
                            >("flows_instances_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_iterations_create" => {
                boxed(
                    client
                        .lifecycle()
                        .iterations_create(
                            &dispatch::body("lifecycle_iterations_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_iterations_list_latest" => {
                boxed(
                    client
                        .lifecycle()
                        .iterations_list_latest(
                            &dispatch::path::<
                                String,
                            >("lifecycle_iterations_list_latest", path, 0)?,
                            &dispatch::path::<
                                String,
                            >("lifecycle_iterations_list_latest", path, 1)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_iterations_list_open" => {
                boxed(client.lifecycle().iterations_list_open(&Default::default()))
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_reviews_create" => {
                boxed(
                    client
                        .lifecycle()
                        .reviews_create(
                            &dispatch::body("lifecycle_reviews_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_create" => {
                boxed(
                    client
                        .lifecycle()
                        .rules_create(&dispatch::body("lifecycle_rules_create", body)?),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_destroy" => {
                boxed(
                    client
                        .lifecycle()
                        .rules_destroy(
                            dispatch::path("lifecycle_rules_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_list" => {
                boxed(client.lifecycle().rules_list(&Default::default()))
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_partial_update" => {
                boxed(
                    client
                        .lifecycle()
                        .rules_partial_update(
                            dispatch::path("lifecycle_rules_partial_update", path, 0)?,
                            &dispatch::body("lifecycle_rules_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_retrieve" => {
                boxed(
                    client
                        .lifecycle()
                        .rules_retrieve(
                            dispatch::path("lifecycle_rules_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_rules_update" => {
                boxed(
                    client
                        .lifecycle()
                        .rules_update(
                            dispatch::path("lifecycle_rules_update", path, 0)?,
                            &dispatch::body("lifecycle_rules_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_create" => {
                boxed(
                    client
                        .lifecycle()
                        .user_offboarding_create(
                            &dispatch::body("lifecycle_user_offboarding_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_destroy" => {
                boxed(
                    client
                        .lifecycle()
                        .user_offboarding_destroy(
                            dispatch::path(
                                "lifecycle_user_offboarding_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_list" => {
                boxed(client.lifecycle().user_offboarding_list(&Default::default()))
            }
            #[cfg(feature = "lifecycle")]
            "lifecycle_user_offboarding_retrieve" => {
                boxed(
                    client
                        .lifecycle()
                        .user_offboarding_retrieve(
                            dispatch::path(
                                "lifecycle_user_offboarding_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_apply_create" => {
                boxed(
                    client
                        .managed()
                        .blueprints_apply_create(
                            dispatch::path("managed_blueprints_apply_create", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_available_list" => {
                boxed(client.managed().blueprints_available_list())
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_create" => {
                boxed(
                    client
                        .managed()
                        .blueprints_create(
                            &dispatch::body("managed_blueprints_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_destroy" => {
                boxed(
                    client
                        .managed()
                        .blueprints_destroy(
                            dispatch::path("managed_blueprints_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_list" => {
                boxed(client.managed().blueprints_list(&Default::default()))
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_partial_update" => {
                boxed(
                    client
                        .managed()
                        .blueprints_partial_update(
                            dispatch::path(
                                "managed_blueprints_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("managed_blueprints_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_retrieve" => {
                boxed(
                    client
                        .managed()
                        .blueprints_retrieve(
                            dispatch::path("managed_blueprints_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_update" => {
                boxed(
                    client
                        .managed()
                        .blueprints_update(
                            dispatch::path("managed_blueprints_update", path, 0)?,
                            &dispatch::body("managed_blueprints_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "managed")]
            "managed_blueprints_used_by_list" => {
                boxed(
                    client
                        .managed()
                        .blueprints_used_by_list(
                            dispatch::path("managed_blueprints_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_destroy" => {
                boxed(
                    client
                        .oauth2()
                        .access_tokens_destroy(
                            dispatch::path("oauth2_access_tokens_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_list" => {
                boxed(client.oauth2().access_tokens_list(&Default::default()))
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_retrieve" => {
                boxed(
                    client
                        .oauth2()
                        .access_tokens_retrieve(
                            dispatch::path("oauth2_access_tokens_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_access_tokens_used_by_list" => {
                boxed(
                    client
                        .oauth2()
                        .access_tokens_used_by_list(
                            dispatch::path("oauth2_access_tokens_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_destroy" => {
                boxed(
                    client
                        .oauth2()
                        .authorization_codes_destroy(
                            dispatch::path(
                                "oauth2_authorization_codes_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_list" => {
                boxed(client.oauth2().authorization_codes_list(&Default::default()))
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_retrieve" => {
                boxed(
                    client
                        .oauth2()
                        .authorization_codes_retrieve(
                            dispatch::path(
                                "oauth2_authorization_codes_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_authorization_codes_used_by_list" => {
                boxed(
                    client
                        .oauth2()
                        .authorization_codes_used_by_list(
                            dispatch::path(
                                "oauth2_authorization_codes_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_destroy" => {
                boxed(
                    client
                        .oauth2()
                        .refresh_tokens_destroy(
                            dispatch::path("oauth2_refresh_tokens_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_list" => {
                boxed(client.oauth2().refresh_tokens_list(&Default::default()))
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_retrieve" => {
                boxed(
                    client
                        .oauth2()
                        .refresh_tokens_retrieve(
                            dispatch::path("oauth2_refresh_tokens_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "oauth2")]
            "oauth2_refresh_tokens_used_by_list" => {
                boxed(
                    client
                        .oauth2()
                        .refresh_tokens_used_by_list(
                            dispatch::path(
                                "oauth2_refresh_tokens_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_create" => {
                boxed(
                    client
                        .outposts()
                        .instances_create(
                            &dispatch::body("outposts_instances_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_default_settings_retrieve" => {
                boxed(client.outposts().instances_default_settings_retrieve())
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_destroy" => {
                boxed(
                    client
                        .outposts()
                        .instances_destroy(
                            dispatch::path("outposts_instances_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_health_list" => {
                boxed(
                    client
                        .outposts()
                        .instances_health_list(
                            dispatch::path("outposts_instances_health_list", path, 0)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_list" => {
                boxed(client.outposts().instances_list(&Default::default()))
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_partial_update" => {
                boxed(
                    client
                        .outposts()
                        .instances_partial_update(
                            dispatch::path(
                                "outposts_instances_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("outposts_instances_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_retrieve" => {
                boxed(
                    client
                        .outposts()
                        .instances_retrieve(
                            dispatch::path("outposts_instances_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_update" => {
                boxed(
                    client
                        .outposts()
                        .instances_update(
                            dispatch::path("outposts_instances_update", path, 0)?,
                            &dispatch::body("outposts_instances_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_instances_used_by_list" => {
                boxed(
                    client
                        .outposts()
                        .instances_used_by_list(
                            dispatch::path("outposts_instances_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_ldap_access_check" => {
                boxed(
                    client
                        .outposts()
                        .ldap_access_check(
                            dispatch::path("outposts_ldap_access_check", path, 0)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_ldap_list" => {
                boxed(client.outposts().ldap_list(&Default::default()))
            }
            #[cfg(feature = "outposts")]
            "outposts_proxy_list" => {
                boxed(client.outposts().proxy_list(&Default::default()))
            }
            #[cfg(feature = "outposts")]
            "outposts_radius_access_check" => {
                boxed(
                    client
                        .outposts()
                        .radius_access_check(
                            dispatch::path("outposts_radius_access_check", path, 0)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_radius_list" => {
                boxed(client.outposts().radius_list(&Default::default()))
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_destroy" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_all_destroy(
                            dispatch::path(
                                "outposts_service_connections_all_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_list" => {
                boxed(
                    client.outposts().service_connections_all_list(&Default::default()),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_retrieve" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_all_retrieve(
                            dispatch::path(
                                "outposts_service_connections_all_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_state_retrieve" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_all_state_retrieve(
                            dispatch::path(
                                "outposts_service_connections_all_state_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_types_list" => {
                boxed(client.outposts().service_connections_all_types_list())
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_all_used_by_list" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_all_used_by_list(
                            dispatch::path(
                                "outposts_service_connections_all_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_create" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_docker_create(
                            &dispatch::body(
                                "outposts_service_connections_docker_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_destroy" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_docker_destroy(
                            dispatch::path(
                                "outposts_service_connections_docker_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_list" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_docker_list(&Default::default()),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_partial_update" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_docker_partial_update(
                            dispatch::path(
                                "outposts_service_connections_docker_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "outposts_service_connections_docker_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_retrieve" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_docker_retrieve(
                            dispatch::path(
                                "outposts_service_connections_docker_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_update" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_docker_update(
                            dispatch::path(
                                "outposts_service_connections_docker_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "outposts_service_connections_docker_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_docker_used_by_list" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_docker_used_by_list(
                            dispatch::path(
                                "outposts_service_connections_docker_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_create" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_kubernetes_create(
                            &dispatch::body(
                                "outposts_service_connections_kubernetes_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_destroy" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_kubernetes_destroy(
                            dispatch::path(
                                "outposts_service_connections_kubernetes_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_list" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_kubernetes_list(&Default::default()),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_partial_update" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_kubernetes_partial_update(
                            dispatch::path(
                                "outposts_service_connections_kubernetes_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "outposts_service_connections_kubernetes_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_retrieve" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_kubernetes_retrieve(
                            dispatch::path(
                                "outposts_service_connections_kubernetes_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_update" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_kubernetes_update(
                            dispatch::path(
                                "outposts_service_connections_kubernetes_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "outposts_service_connections_kubernetes_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "outposts")]
            "outposts_service_connections_kubernetes_used_by_list" => {
                boxed(
                    client
                        .outposts()
                        .service_connections_kubernetes_used_by_list(
                            dispatch::path(
                                "outposts_service_connections_kubernetes_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_all_cache_clear_create" => {
                boxed(client.policies().all_cache_clear_create())
            }
            #[cfg(feature = "policies")]
            "policies_all_cache_info_retrieve" => {
                boxed(client.policies().all_cache_info_retrieve())
            }
            #[cfg(feature = "policies")]
            "policies_all_destroy" => {
                boxed(
                    client
                        .policies()
                        .all_destroy(dispatch::path("policies_all_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "policies")]
            "policies_all_list" => boxed(client.policies().all_list(&Default::default())),
            #[cfg(feature = "policies")]
            "policies_all_retrieve" => {
                boxed(
                    client
                        .policies()
                        .all_retrieve(dispatch::path("policies_all_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "policies")]
            "policies_all_test_create" => {
                boxed(
                    client
                        .policies()
                        .all_test_create(
                            dispatch::path("policies_all_test_create", path, 0)?,
                            &dispatch::body("policies_all_test_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_all_types_list" => boxed(client.policies().all_types_list()),
            #[cfg(feature = "policies")]
            "policies_all_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .all_used_by_list(
                            dispatch::path("policies_all_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_bindings_create" => {
                boxed(
                    client
                        .policies()
                        .bindings_create(
                            &dispatch::body("policies_bindings_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_bindings_destroy" => {
                boxed(
                    client
                        .policies()
                        .bindings_destroy(
                            dispatch::path("policies_bindings_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_bindings_list" => {
                boxed(client.policies().bindings_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_bindings_partial_update" => {
                boxed(
                    client
                        .policies()
                        .bindings_partial_update(
                            dispatch::path("policies_bindings_partial_update", path, 0)?,
                            &dispatch::body("policies_bindings_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_bindings_retrieve" => {
                boxed(
                    client
                        .policies()
                        .bindings_retrieve(
                            dispatch::path("policies_bindings_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_bindings_update" => {
                boxed(
                    client
                        .policies()
                        .bindings_update(
                            dispatch::path("policies_bindings_update", path, 0)?,
                            &dispatch::body("policies_bindings_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_bindings_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .bindings_used_by_list(
                            dispatch::path("policies_bindings_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_dummy_create" => {
                boxed(
                    client
                        .policies()
                        .dummy_create(&dispatch::body("policies_dummy_create", body)?),
                )
            }
            #[cfg(feature = "policies")]
            "policies_dummy_destroy" => {
                boxed(
                    client
                        .policies()
                        .dummy_destroy(
                            dispatch::path("policies_dummy_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_dummy_list" => {
                boxed(client.policies().dummy_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_dummy_partial_update" => {
                boxed(
                    client
                        .policies()
                        .dummy_partial_update(
                            dispatch::path("policies_dummy_partial_update", path, 0)?,
                            &dispatch::body("policies_dummy_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_dummy_retrieve" => {
                boxed(
                    client
                        .policies()
                        .dummy_retrieve(
                            dispatch::path("policies_dummy_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_dummy_update" => {
                boxed(
                    client
                        .policies()
                        .dummy_update(
                            dispatch::path("policies_dummy_update", path, 0)?,
                            &dispatch::body("policies_dummy_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_dummy_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .dummy_used_by_list(
                            dispatch::path("policies_dummy_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_create" => {
                boxed(
                    client
                        .policies()
                        .event_matcher_create(
                            &dispatch::body("policies_event_matcher_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_destroy" => {
                boxed(
                    client
                        .policies()
                        .event_matcher_destroy(
                            dispatch::path("policies_event_matcher_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_list" => {
                boxed(client.policies().event_matcher_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_partial_update" => {
                boxed(
                    client
                        .policies()
                        .event_matcher_partial_update(
                            dispatch::path(
                                "policies_event_matcher_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "policies_event_matcher_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_retrieve" => {
                boxed(
                    client
                        .policies()
                        .event_matcher_retrieve(
                            dispatch::path("policies_event_matcher_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_update" => {
                boxed(
                    client
                        .policies()
                        .event_matcher_update(
                            dispatch::path("policies_event_matcher_update", path, 0)?,
                            &dispatch::body("policies_event_matcher_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_event_matcher_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .event_matcher_used_by_list(
                            dispatch::path(
                                "policies_event_matcher_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_expression_create" => {
                boxed(
                    client
                        .policies()
                        .expression_create(
                            &dispatch::body("policies_expression_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_expression_destroy" => {
                boxed(
                    client
                        .policies()
                        .expression_destroy(
                            dispatch::path("policies_expression_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_expression_list" => {
                boxed(client.policies().expression_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_expression_partial_update" => {
                boxed(
                    client
                        .policies()
                        .expression_partial_update(
                            dispatch::path(
                                "policies_expression_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("policies_expression_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_expression_retrieve" => {
                boxed(
                    client
                        .policies()
                        .expression_retrieve(
                            dispatch::path("policies_expression_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_expression_update" => {
                boxed(
                    client
                        .policies()
                        .expression_update(
                            dispatch::path("policies_expression_update", path, 0)?,
                            &dispatch::body("policies_expression_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_expression_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .expression_used_by_list(
                            dispatch::path("policies_expression_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_geoip_create" => {
                boxed(
                    client
                        .policies()
                        .geoip_create(&dispatch::body("policies_geoip_create", body)?),
                )
            }
            #[cfg(feature = "policies")]
            "policies_geoip_destroy" => {
                boxed(
                    client
                        .policies()
                        .geoip_destroy(
                            dispatch::path("policies_geoip_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_geoip_iso3166_list" => {
                boxed(client.policies().geoip_iso3166_list())
            }
            #[cfg(feature = "policies")]
            "policies_geoip_list" => {
                boxed(client.policies().geoip_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_geoip_partial_update" => {
                boxed(
                    client
                        .policies()
                        .geoip_partial_update(
                            dispatch::path("policies_geoip_partial_update", path, 0)?,
                            &dispatch::body("policies_geoip_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_geoip_retrieve" => {
                boxed(
                    client
                        .policies()
                        .geoip_retrieve(
                            dispatch::path("policies_geoip_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_geoip_update" => {
                boxed(
                    client
                        .policies()
                        .geoip_update(
                            dispatch::path("policies_geoip_update", path, 0)?,
                            &dispatch::body("policies_geoip_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_geoip_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .geoip_used_by_list(
                            dispatch::path("policies_geoip_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_create" => {
                boxed(
                    client
                        .policies()
                        .password_create(
                            &dispatch::body("policies_password_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_destroy" => {
                boxed(
                    client
                        .policies()
                        .password_destroy(
                            dispatch::path("policies_password_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_create" => {
                boxed(
                    client
                        .policies()
                        .password_expiry_create(
                            &dispatch::body("policies_password_expiry_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_destroy" => {
                boxed(
                    client
                        .policies()
                        .password_expiry_destroy(
                            dispatch::path("policies_password_expiry_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_list" => {
                boxed(client.policies().password_expiry_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_partial_update" => {
                boxed(
                    client
                        .policies()
                        .password_expiry_partial_update(
                            dispatch::path(
                                "policies_password_expiry_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "policies_password_expiry_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_retrieve" => {
                boxed(
                    client
                        .policies()
                        .password_expiry_retrieve(
                            dispatch::path("policies_password_expiry_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_update" => {
                boxed(
                    client
                        .policies()
                        .password_expiry_update(
                            dispatch::path("policies_password_expiry_update", path, 0)?,
                            &dispatch::body("policies_password_expiry_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_expiry_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .password_expiry_used_by_list(
                            dispatch::path(
                                "policies_password_expiry_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_list" => {
                boxed(client.policies().password_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_password_partial_update" => {
                boxed(
                    client
                        .policies()
                        .password_partial_update(
                            dispatch::path("policies_password_partial_update", path, 0)?,
                            &dispatch::body("policies_password_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_retrieve" => {
                boxed(
                    client
                        .policies()
                        .password_retrieve(
                            dispatch::path("policies_password_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_update" => {
                boxed(
                    client
                        .policies()
                        .password_update(
                            dispatch::path("policies_password_update", path, 0)?,
                            &dispatch::body("policies_password_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_password_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .password_used_by_list(
                            dispatch::path("policies_password_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_create" => {
                boxed(
                    client
                        .policies()
                        .reputation_create(
                            &dispatch::body("policies_reputation_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_destroy" => {
                boxed(
                    client
                        .policies()
                        .reputation_destroy(
                            dispatch::path("policies_reputation_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_list" => {
                boxed(client.policies().reputation_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_reputation_partial_update" => {
                boxed(
                    client
                        .policies()
                        .reputation_partial_update(
                            dispatch::path(
                                "policies_reputation_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("policies_reputation_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_retrieve" => {
                boxed(
                    client
                        .policies()
                        .reputation_retrieve(
                            dispatch::path("policies_reputation_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_destroy" => {
                boxed(
                    client
                        .policies()
                        .reputation_scores_destroy(
                            dispatch::path(
                                "policies_reputation_scores_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_list" => {
                boxed(client.policies().reputation_scores_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_retrieve" => {
                boxed(
                    client
                        .policies()
                        .reputation_scores_retrieve(
                            dispatch::path(
                                "policies_reputation_scores_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_scores_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .reputation_scores_used_by_list(
                            dispatch::path(
                                "policies_reputation_scores_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_update" => {
                boxed(
                    client
                        .policies()
                        .reputation_update(
                            dispatch::path("policies_reputation_update", path, 0)?,
                            &dispatch::body("policies_reputation_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_reputation_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .reputation_used_by_list(
                            dispatch::path("policies_reputation_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_create" => {
                boxed(
                    client
                        .policies()
                        .unique_password_create(
                            &dispatch::body("policies_unique_password_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_destroy" => {
                boxed(
                    client
                        .policies()
                        .unique_password_destroy(
                            dispatch::path("policies_unique_password_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_list" => {
                boxed(client.policies().unique_password_list(&Default::default()))
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_partial_update" => {
                boxed(
                    client
                        .policies()
                        .unique_password_partial_update(
                            dispatch::path(
                                "policies_unique_password_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "policies_unique_password_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_retrieve" => {
                boxed(
                    client
                        .policies()
                        .unique_password_retrieve(
                            dispatch::path("policies_unique_password_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_update" => {
                boxed(
                    client
                        .policies()
                        .unique_password_update(
                            dispatch::path("policies_unique_password_update", path, 0)?,
                            &dispatch::body("policies_unique_password_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "policies")]
            "policies_unique_password_used_by_list" => {
                boxed(
                    client
                        .policies()
                        .unique_password_used_by_list(
                            dispatch::path(
                                "policies_unique_password_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .all_destroy(
                            dispatch::path("propertymappings_all_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_list" => {
                boxed(client.propertymappings().all_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .all_retrieve(
                            dispatch::path("propertymappings_all_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_test_create" => {
                boxed(
                    client
                        .propertymappings()
                        .all_test_create(
                            dispatch::path("propertymappings_all_test_create", path, 0)?,
                            &dispatch::body("propertymappings_all_test_create", body)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_types_list" => {
                boxed(client.propertymappings().all_types_list())
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_all_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .all_used_by_list(
                            dispatch::path("propertymappings_all_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_create" => {
                boxed(
                    client
                        .propertymappings()
                        .notification_create(
                            &dispatch::body(
                                "propertymappings_notification_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .notification_destroy(
                            dispatch::path(
                                "propertymappings_notification_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_list" => {
                boxed(client.propertymappings().notification_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .notification_partial_update(
                            dispatch::path(
                                "propertymappings_notification_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_notification_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .notification_retrieve(
                            dispatch::path(
                                "propertymappings_notification_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_update" => {
                boxed(
                    client
                        .propertymappings()
                        .notification_update(
                            dispatch::path(
                                "propertymappings_notification_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_notification_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_notification_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .notification_used_by_list(
                            dispatch::path(
                                "propertymappings_notification_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_create" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_google_workspace_create(
                            &dispatch::body(
                                "propertymappings_provider_google_workspace_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_google_workspace_destroy(
                            dispatch::path(
                                "propertymappings_provider_google_workspace_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_google_workspace_list(&Default::default()),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_google_workspace_partial_update(
                            dispatch::path(
                                "propertymappings_provider_google_workspace_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_google_workspace_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_google_workspace_retrieve(
                            dispatch::path(
                                "propertymappings_provider_google_workspace_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_google_workspace_update(
                            dispatch::path(
                                "propertymappings_provider_google_workspace_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_google_workspace_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_google_workspace_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_google_workspace_used_by_list(
                            dispatch::path(
                                "propertymappings_provider_google_workspace_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_create" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_create(
                            &dispatch::body(
                                "propertymappings_provider_microsoft_entra_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_destroy(
                            dispatch::path(
                                "propertymappings_provider_microsoft_entra_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_list(&Default::default()),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_partial_update(
                            dispatch::path(
                                "propertymappings_provider_microsoft_entra_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_microsoft_entra_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_retrieve(
                            dispatch::path(
                                "propertymappings_provider_microsoft_entra_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_update(
                            dispatch::path(
                                "propertymappings_provider_microsoft_entra_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_microsoft_entra_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_microsoft_entra_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_microsoft_entra_used_by_list(
                            dispatch::path(
                                "propertymappings_provider_microsoft_entra_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_create" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_rac_create(
                            &dispatch::body(
                                "propertymappings_provider_rac_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_rac_destroy(
                            dispatch::path(
                                "propertymappings_provider_rac_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_list" => {
                boxed(client.propertymappings().provider_rac_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_rac_partial_update(
                            dispatch::path(
                                "propertymappings_provider_rac_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_rac_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_rac_retrieve(
                            dispatch::path(
                                "propertymappings_provider_rac_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_rac_update(
                            dispatch::path(
                                "propertymappings_provider_rac_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_rac_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_rac_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_rac_used_by_list(
                            dispatch::path(
                                "propertymappings_provider_rac_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_create" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_radius_create(
                            &dispatch::body(
                                "propertymappings_provider_radius_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_radius_destroy(
                            dispatch::path(
                                "propertymappings_provider_radius_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_list" => {
                boxed(
                    client.propertymappings().provider_radius_list(&Default::default()),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_radius_partial_update(
                            dispatch::path(
                                "propertymappings_provider_radius_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_radius_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_radius_retrieve(
                            dispatch::path(
                                "propertymappings_provider_radius_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_radius_update(
                            dispatch::path(
                                "propertymappings_provider_radius_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_radius_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_radius_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_radius_used_by_list(
                            dispatch::path(
                                "propertymappings_provider_radius_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_create" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_saml_create(
                            &dispatch::body(
                                "propertymappings_provider_saml_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_saml_destroy(
                            dispatch::path(
                                "propertymappings_provider_saml_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_list" => {
                boxed(client.propertymappings().provider_saml_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_saml_partial_update(
                            dispatch::path(
                                "propertymappings_provider_saml_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_saml_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_saml_retrieve(
                            dispatch::path(
                                "propertymappings_provider_saml_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_saml_update(
                            dispatch::path(
                                "propertymappings_provider_saml_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_saml_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_saml_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_saml_used_by_list(
                            dispatch::path(
                                "propertymappings_provider_saml_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_create" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scim_create(
                            &dispatch::body(
                                "propertymappings_provider_scim_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scim_destroy(
                            dispatch::path(
                                "propertymappings_provider_scim_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_list" => {
                boxed(client.propertymappings().provider_scim_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scim_partial_update(
                            dispatch::path(
                                "propertymappings_provider_scim_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_scim_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scim_retrieve(
                            dispatch::path(
                                "propertymappings_provider_scim_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scim_update(
                            dispatch::path(
                                "propertymappings_provider_scim_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_scim_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scim_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scim_used_by_list(
                            dispatch::path(
                                "propertymappings_provider_scim_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_create" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scope_create(
                            &dispatch::body(
                                "propertymappings_provider_scope_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scope_destroy(
                            dispatch::path(
                                "propertymappings_provider_scope_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_list" => {
                boxed(client.propertymappings().provider_scope_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scope_partial_update(
                            dispatch::path(
                                "propertymappings_provider_scope_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_scope_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scope_retrieve(
                            dispatch::path(
                                "propertymappings_provider_scope_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_update" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scope_update(
                            dispatch::path(
                                "propertymappings_provider_scope_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_provider_scope_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_provider_scope_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .provider_scope_used_by_list(
                            dispatch::path(
                                "propertymappings_provider_scope_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_create" => {
                boxed(
                    client
                        .propertymappings()
                        .source_kerberos_create(
                            &dispatch::body(
                                "propertymappings_source_kerberos_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .source_kerberos_destroy(
                            dispatch::path(
                                "propertymappings_source_kerberos_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_list" => {
                boxed(
                    client.propertymappings().source_kerberos_list(&Default::default()),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_kerberos_partial_update(
                            dispatch::path(
                                "propertymappings_source_kerberos_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_kerberos_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .source_kerberos_retrieve(
                            dispatch::path(
                                "propertymappings_source_kerberos_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_kerberos_update(
                            dispatch::path(
                                "propertymappings_source_kerberos_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_kerberos_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_kerberos_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .source_kerberos_used_by_list(
                            dispatch::path(
                                "propertymappings_source_kerberos_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_create" => {
                boxed(
                    client
                        .propertymappings()
                        .source_ldap_create(
                            &dispatch::body("propertymappings_source_ldap_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .source_ldap_destroy(
                            dispatch::path(
                                "propertymappings_source_ldap_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_list" => {
                boxed(client.propertymappings().source_ldap_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_ldap_partial_update(
                            dispatch::path(
                                "propertymappings_source_ldap_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_ldap_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .source_ldap_retrieve(
                            dispatch::path(
                                "propertymappings_source_ldap_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_ldap_update(
                            dispatch::path(
                                "propertymappings_source_ldap_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("propertymappings_source_ldap_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_ldap_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .source_ldap_used_by_list(
                            dispatch::path(
                                "propertymappings_source_ldap_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_create" => {
                boxed(
                    client
                        .propertymappings()
                        .source_oauth_create(
                            &dispatch::body(
                                "propertymappings_source_oauth_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .source_oauth_destroy(
                            dispatch::path(
                                "propertymappings_source_oauth_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_list" => {
                boxed(client.propertymappings().source_oauth_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_oauth_partial_update(
                            dispatch::path(
                                "propertymappings_source_oauth_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_oauth_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .source_oauth_retrieve(
                            dispatch::path(
                                "propertymappings_source_oauth_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_oauth_update(
                            dispatch::path(
                                "propertymappings_source_oauth_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_oauth_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_oauth_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .source_oauth_used_by_list(
                            dispatch::path(
                                "propertymappings_source_oauth_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_create" => {
                boxed(
                    client
                        .propertymappings()
                        .source_plex_create(
                            &dispatch::body("propertymappings_source_plex_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .source_plex_destroy(
                            dispatch::path(
                                "propertymappings_source_plex_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_list" => {
                boxed(client.propertymappings().source_plex_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_plex_partial_update(
                            dispatch::path(
                                "propertymappings_source_plex_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_plex_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .source_plex_retrieve(
                            dispatch::path(
                                "propertymappings_source_plex_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_plex_update(
                            dispatch::path(
                                "propertymappings_source_plex_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("propertymappings_source_plex_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_plex_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .source_plex_used_by_list(
                            dispatch::path(
                                "propertymappings_source_plex_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_create" => {
                boxed(
                    client
                        .propertymappings()
                        .source_saml_create(
                            &dispatch::body("propertymappings_source_saml_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .source_saml_destroy(
                            dispatch::path(
                                "propertymappings_source_saml_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_list" => {
                boxed(client.propertymappings().source_saml_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_saml_partial_update(
                            dispatch::path(
                                "propertymappings_source_saml_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_saml_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .source_saml_retrieve(
                            dispatch::path(
                                "propertymappings_source_saml_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_saml_update(
                            dispatch::path(
                                "propertymappings_source_saml_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("propertymappings_source_saml_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_saml_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .source_saml_used_by_list(
                            dispatch::path(
                                "propertymappings_source_saml_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_create" => {
                boxed(
                    client
                        .propertymappings()
                        .source_scim_create(
                            &dispatch::body("propertymappings_source_scim_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .source_scim_destroy(
                            dispatch::path(
                                "propertymappings_source_scim_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_list" => {
                boxed(client.propertymappings().source_scim_list(&Default::default()))
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_scim_partial_update(
                            dispatch::path(
                                "propertymappings_source_scim_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_scim_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .source_scim_retrieve(
                            dispatch::path(
                                "propertymappings_source_scim_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_scim_update(
                            dispatch::path(
                                "propertymappings_source_scim_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("propertymappings_source_scim_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_scim_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .source_scim_used_by_list(
                            dispatch::path(
                                "propertymappings_source_scim_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_create" => {
                boxed(
                    client
                        .propertymappings()
                        .source_telegram_create(
                            &dispatch::body(
                                "propertymappings_source_telegram_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_destroy" => {
                boxed(
                    client
                        .propertymappings()
                        .source_telegram_destroy(
                            dispatch::path(
                                "propertymappings_source_telegram_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_list" => {
                boxed(
                    client.propertymappings().source_telegram_list(&Default::default()),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_partial_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_telegram_partial_update(
                            dispatch::path(
                                "propertymappings_source_telegram_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_telegram_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_retrieve" => {
                boxed(
                    client
                        .propertymappings()
                        .source_telegram_retrieve(
                            dispatch::path(
                                "propertymappings_source_telegram_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_update" => {
                boxed(
                    client
                        .propertymappings()
                        .source_telegram_update(
                            dispatch::path(
                                "propertymappings_source_telegram_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "propertymappings_source_telegram_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "propertymappings")]
            "propertymappings_source_telegram_used_by_list" => {
                boxed(
                    client
                        .propertymappings()
                        .source_telegram_used_by_list(
                            dispatch::path(
                                "propertymappings_source_telegram_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_all_destroy" => {
                boxed(
                    client
                        .providers()
                        .all_destroy(dispatch::path("providers_all_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_all_list" => {
                boxed(client.providers().all_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_all_retrieve" => {
                boxed(
                    client
                        .providers()
                        .all_retrieve(dispatch::path("providers_all_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_all_types_list" => boxed(client.providers().all_types_list()),
            #[cfg(feature = "providers")]
            "providers_all_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .all_used_by_list(
                            dispatch::path("providers_all_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_create" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_create(
                            &dispatch::body("providers_google_workspace_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_destroy" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_destroy(
                            dispatch::path(
                                "providers_google_workspace_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_create" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_groups_create(
                            &dispatch::body(
                                "providers_google_workspace_groups_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_destroy" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_groups_destroy(
                            dispatch::path(
                                "providers_google_workspace_groups_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_list" => {
                boxed(
                    client.providers().google_workspace_groups_list(&Default::default()),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_retrieve" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_groups_retrieve(
                            dispatch::path(
                                "providers_google_workspace_groups_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_groups_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_groups_used_by_list(
                            dispatch::path(
                                "providers_google_workspace_groups_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_list" => {
                boxed(client.providers().google_workspace_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_partial_update" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_partial_update(
                            dispatch::path(
                                "providers_google_workspace_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "providers_google_workspace_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_retrieve" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_retrieve(
                            dispatch::path(
                                "providers_google_workspace_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_sync_object_create" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_sync_object_create(
                            dispatch::path(
                                "providers_google_workspace_sync_object_create",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "providers_google_workspace_sync_object_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_sync_status_retrieve" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_sync_status_retrieve(
                            dispatch::path(
                                "providers_google_workspace_sync_status_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_update" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_update(
                            dispatch::path(
                                "providers_google_workspace_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("providers_google_workspace_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_used_by_list(
                            dispatch::path(
                                "providers_google_workspace_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_create" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_users_create(
                            &dispatch::body(
                                "providers_google_workspace_users_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_destroy" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_users_destroy(
                            dispatch::path(
                                "providers_google_workspace_users_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_list" => {
                boxed(
                    client.providers().google_workspace_users_list(&Default::default()),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_retrieve" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_users_retrieve(
                            dispatch::path(
                                "providers_google_workspace_users_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_google_workspace_users_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .google_workspace_users_used_by_list(
                            dispatch::path(
                                "providers_google_workspace_users_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ldap_create" => {
                boxed(
                    client
                        .providers()
                        .ldap_create(&dispatch::body("providers_ldap_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ldap_destroy" => {
                boxed(
                    client
                        .providers()
                        .ldap_destroy(dispatch::path("providers_ldap_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ldap_list" => {
                boxed(client.providers().ldap_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_ldap_partial_update" => {
                boxed(
                    client
                        .providers()
                        .ldap_partial_update(
                            dispatch::path("providers_ldap_partial_update", path, 0)?,
                            &dispatch::body("providers_ldap_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ldap_retrieve" => {
                boxed(
                    client
                        .providers()
                        .ldap_retrieve(
                            dispatch::path("providers_ldap_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ldap_update" => {
                boxed(
                    client
                        .providers()
                        .ldap_update(
                            dispatch::path("providers_ldap_update", path, 0)?,
                            &dispatch::body("providers_ldap_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ldap_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .ldap_used_by_list(
                            dispatch::path("providers_ldap_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_create" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_create(
                            &dispatch::body("providers_microsoft_entra_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_destroy" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_destroy(
                            dispatch::path("providers_microsoft_entra_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_create" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_groups_create(
                            &dispatch::body(
                                "providers_microsoft_entra_groups_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_destroy" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_groups_destroy(
                            dispatch::path(
                                "providers_microsoft_entra_groups_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_list" => {
                boxed(
                    client.providers().microsoft_entra_groups_list(&Default::default()),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_retrieve" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_groups_retrieve(
                            dispatch::path(
                                "providers_microsoft_entra_groups_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_groups_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_groups_used_by_list(
                            dispatch::path(
                                "providers_microsoft_entra_groups_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_list" => {
                boxed(client.providers().microsoft_entra_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_partial_update" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_partial_update(
                            dispatch::path(
                                "providers_microsoft_entra_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "providers_microsoft_entra_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_retrieve" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_retrieve(
                            dispatch::path(
                                "providers_microsoft_entra_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_sync_object_create" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_sync_object_create(
                            dispatch::path(
                                "providers_microsoft_entra_sync_object_create",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "providers_microsoft_entra_sync_object_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_sync_status_retrieve" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_sync_status_retrieve(
                            dispatch::path(
                                "providers_microsoft_entra_sync_status_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_update" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_update(
                            dispatch::path("providers_microsoft_entra_update", path, 0)?,
                            &dispatch::body("providers_microsoft_entra_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_used_by_list(
                            dispatch::path(
                                "providers_microsoft_entra_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_create" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_users_create(
                            &dispatch::body(
                                "providers_microsoft_entra_users_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_destroy" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_users_destroy(
                            dispatch::path(
                                "providers_microsoft_entra_users_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_list" => {
                boxed(client.providers().microsoft_entra_users_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_retrieve" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_users_retrieve(
                            dispatch::path(
                                "providers_microsoft_entra_users_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_microsoft_entra_users_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .microsoft_entra_users_used_by_list(
                            dispatch::path(
                                "providers_microsoft_entra_users_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_create" => {
                boxed(
                    client
                        .providers()
                        .oauth2_create(&dispatch::body("providers_oauth2_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_create" => {
                boxed(
                    client
                        .providers()
                        .oauth2_dcr_create(
                            &dispatch::body("providers_oauth2_dcr_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_destroy" => {
                boxed(
                    client
                        .providers()
                        .oauth2_dcr_destroy(
                            dispatch::path("providers_oauth2_dcr_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_list" => {
                boxed(client.providers().oauth2_dcr_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_partial_update" => {
                boxed(
                    client
                        .providers()
                        .oauth2_dcr_partial_update(
                            dispatch::path(
                                "providers_oauth2_dcr_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("providers_oauth2_dcr_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_retrieve" => {
                boxed(
                    client
                        .providers()
                        .oauth2_dcr_retrieve(
                            dispatch::path("providers_oauth2_dcr_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_dcr_update" => {
                boxed(
                    client
                        .providers()
                        .oauth2_dcr_update(
                            dispatch::path("providers_oauth2_dcr_update", path, 0)?,
                            &dispatch::body("providers_oauth2_dcr_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_destroy" => {
                boxed(
                    client
                        .providers()
                        .oauth2_destroy(
                            dispatch::path("providers_oauth2_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_list" => {
                boxed(client.providers().oauth2_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_partial_update" => {
                boxed(
                    client
                        .providers()
                        .oauth2_partial_update(
                            dispatch::path("providers_oauth2_partial_update", path, 0)?,
                            &dispatch::body("providers_oauth2_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_preview_user_retrieve" => {
                boxed(
                    client
                        .providers()
                        .oauth2_preview_user_retrieve(
                            dispatch::path(
                                "providers_oauth2_preview_user_retrieve",
                                path,
                                0,
                            )?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_retrieve" => {
                boxed(
                    client
                        .providers()
                        .oauth2_retrieve(
                            dispatch::path("providers_oauth2_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_setup_urls_retrieve" => {
                boxed(
                    client
                        .providers()
                        .oauth2_setup_urls_retrieve(
                            dispatch::path(
                                "providers_oauth2_setup_urls_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_update" => {
                boxed(
                    client
                        .providers()
                        .oauth2_update(
                            dispatch::path("providers_oauth2_update", path, 0)?,
                            &dispatch::body("providers_oauth2_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_oauth2_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .oauth2_used_by_list(
                            dispatch::path("providers_oauth2_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_proxy_create" => {
                boxed(
                    client
                        .providers()
                        .proxy_create(&dispatch::body("providers_proxy_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_proxy_destroy" => {
                boxed(
                    client
                        .providers()
                        .proxy_destroy(
                            dispatch::path("providers_proxy_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_proxy_list" => {
                boxed(client.providers().proxy_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_proxy_partial_update" => {
                boxed(
                    client
                        .providers()
                        .proxy_partial_update(
                            dispatch::path("providers_proxy_partial_update", path, 0)?,
                            &dispatch::body("providers_proxy_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_proxy_retrieve" => {
                boxed(
                    client
                        .providers()
                        .proxy_retrieve(
                            dispatch::path("providers_proxy_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_proxy_update" => {
                boxed(
                    client
                        .providers()
                        .proxy_update(
                            dispatch::path("providers_proxy_update", path, 0)?,
                            &dispatch::body("providers_proxy_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_proxy_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .proxy_used_by_list(
                            dispatch::path("providers_proxy_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_rac_create" => {
                boxed(
                    client
                        .providers()
                        .rac_create(&dispatch::body("providers_rac_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_rac_destroy" => {
                boxed(
                    client
                        .providers()
                        .rac_destroy(dispatch::path("providers_rac_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_rac_list" => {
                boxed(client.providers().rac_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_rac_partial_update" => {
                boxed(
                    client
                        .providers()
                        .rac_partial_update(
                            dispatch::path("providers_rac_partial_update", path, 0)?,
                            &dispatch::body("providers_rac_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_rac_retrieve" => {
                boxed(
                    client
                        .providers()
                        .rac_retrieve(dispatch::path("providers_rac_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_rac_update" => {
                boxed(
                    client
                        .providers()
                        .rac_update(
                            dispatch::path("providers_rac_update", path, 0)?,
                            &dispatch::body("providers_rac_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_rac_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .rac_used_by_list(
                            dispatch::path("providers_rac_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_radius_create" => {
                boxed(
                    client
                        .providers()
                        .radius_create(&dispatch::body("providers_radius_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_radius_destroy" => {
                boxed(
                    client
                        .providers()
                        .radius_destroy(
                            dispatch::path("providers_radius_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_radius_list" => {
                boxed(client.providers().radius_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_radius_partial_update" => {
                boxed(
                    client
                        .providers()
                        .radius_partial_update(
                            dispatch::path("providers_radius_partial_update", path, 0)?,
                            &dispatch::body("providers_radius_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_radius_retrieve" => {
                boxed(
                    client
                        .providers()
                        .radius_retrieve(
                            dispatch::path("providers_radius_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_radius_update" => {
                boxed(
                    client
                        .providers()
                        .radius_update(
                            dispatch::path("providers_radius_update", path, 0)?,
                            &dispatch::body("providers_radius_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_radius_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .radius_used_by_list(
                            dispatch::path("providers_radius_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_create" => {
                boxed(
                    client
                        .providers()
                        .saml_create(&dispatch::body("providers_saml_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_destroy" => {
                boxed(
                    client
                        .providers()
                        .saml_destroy(dispatch::path("providers_saml_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_list" => {
                boxed(client.providers().saml_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_saml_metadata_retrieve" => {
                boxed(
                    client
                        .providers()
                        .saml_metadata_retrieve(
                            dispatch::path("providers_saml_metadata_retrieve", path, 0)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_partial_update" => {
                boxed(
                    client
                        .providers()
                        .saml_partial_update(
                            dispatch::path("providers_saml_partial_update", path, 0)?,
                            &dispatch::body("providers_saml_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_preview_user_retrieve" => {
                boxed(
                    client
                        .providers()
                        .saml_preview_user_retrieve(
                            dispatch::path(
                                "providers_saml_preview_user_retrieve",
                                path,
                                0,
                            )?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_retrieve" => {
                boxed(
                    client
                        .providers()
                        .saml_retrieve(
                            dispatch::path("providers_saml_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_update" => {
                boxed(
                    client
                        .providers()
                        .saml_update(
                            dispatch::path("providers_saml_update", path, 0)?,
                            &dispatch::body("providers_saml_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_saml_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .saml_used_by_list(
                            dispatch::path("providers_saml_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_create" => {
                boxed(
                    client
                        .providers()
                        .scim_create(&dispatch::body("providers_scim_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_destroy" => {
                boxed(
                    client
                        .providers()
                        .scim_destroy(dispatch::path("providers_scim_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_create" => {
                boxed(
                    client
                        .providers()
                        .scim_groups_create(
                            &dispatch::body("providers_scim_groups_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_destroy" => {
                boxed(
                    client
                        .providers()
                        .scim_groups_destroy(
                            dispatch::path("providers_scim_groups_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_list" => {
                boxed(client.providers().scim_groups_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_retrieve" => {
                boxed(
                    client
                        .providers()
                        .scim_groups_retrieve(
                            dispatch::path("providers_scim_groups_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_groups_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .scim_groups_used_by_list(
                            dispatch::path(
                                "providers_scim_groups_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_list" => {
                boxed(client.providers().scim_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_scim_partial_update" => {
                boxed(
                    client
                        .providers()
                        .scim_partial_update(
                            dispatch::path("providers_scim_partial_update", path, 0)?,
                            &dispatch::body("providers_scim_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_retrieve" => {
                boxed(
                    client
                        .providers()
                        .scim_retrieve(
                            dispatch::path("providers_scim_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_sync_object_create" => {
                boxed(
                    client
                        .providers()
                        .scim_sync_object_create(
                            dispatch::path(
                                "providers_scim_sync_object_create",
                                path,
                                0,
                            )?,
                            &dispatch::body("providers_scim_sync_object_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_sync_status_retrieve" => {
                boxed(
                    client
                        .providers()
                        .scim_sync_status_retrieve(
                            dispatch::path(
                                "providers_scim_sync_status_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_update" => {
                boxed(
                    client
                        .providers()
                        .scim_update(
                            dispatch::path("providers_scim_update", path, 0)?,
                            &dispatch::body("providers_scim_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .scim_used_by_list(
                            dispatch::path("providers_scim_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_create" => {
                boxed(
                    client
                        .providers()
                        .scim_users_create(
                            &dispatch::body("providers_scim_users_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_destroy" => {
                boxed(
                    client
                        .providers()
                        .scim_users_destroy(
                            dispatch::path("providers_scim_users_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_list" => {
                boxed(client.providers().scim_users_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_retrieve" => {
                boxed(
                    client
                        .providers()
                        .scim_users_retrieve(
                            dispatch::path("providers_scim_users_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_scim_users_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .scim_users_used_by_list(
                            dispatch::path("providers_scim_users_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ssf_create" => {
                boxed(
                    client
                        .providers()
                        .ssf_create(&dispatch::body("providers_ssf_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ssf_destroy" => {
                boxed(
                    client
                        .providers()
                        .ssf_destroy(dispatch::path("providers_ssf_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ssf_list" => {
                boxed(client.providers().ssf_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_ssf_partial_update" => {
                boxed(
                    client
                        .providers()
                        .ssf_partial_update(
                            dispatch::path("providers_ssf_partial_update", path, 0)?,
                            &dispatch::body("providers_ssf_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ssf_retrieve" => {
                boxed(
                    client
                        .providers()
                        .ssf_retrieve(dispatch::path("providers_ssf_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ssf_update" => {
                boxed(
                    client
                        .providers()
                        .ssf_update(
                            dispatch::path("providers_ssf_update", path, 0)?,
                            &dispatch::body("providers_ssf_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_ssf_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .ssf_used_by_list(
                            dispatch::path("providers_ssf_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_create" => {
                boxed(
                    client
                        .providers()
                        .wsfed_create(&dispatch::body("providers_wsfed_create", body)?),
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_destroy" => {
                boxed(
                    client
                        .providers()
                        .wsfed_destroy(
                            dispatch::path("providers_wsfed_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_list" => {
                boxed(client.providers().wsfed_list(&Default::default()))
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_metadata_retrieve" => {
                boxed(
                    client
                        .providers()
                        .wsfed_metadata_retrieve(
                            dispatch::path(
                                "providers_wsfed_metadata_retrieve",
                                path,
                                0,
                            )?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_partial_update" => {
                boxed(
                    client
                        .providers()
                        .wsfed_partial_update(
                            dispatch::path("providers_wsfed_partial_update", path, 0)?,
                            &dispatch::body("providers_wsfed_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_preview_user_retrieve" => {
                boxed(
                    client
                        .providers()
                        .wsfed_preview_user_retrieve(
                            dispatch::path(
                                "providers_wsfed_preview_user_retrieve",
                                path,
                                0,
                            )?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_retrieve" => {
                boxed(
                    client
                        .providers()
                        .wsfed_retrieve(
                            dispatch::path("providers_wsfed_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_update" => {
                boxed(
                    client
                        .providers()
                        .wsfed_update(
                            dispatch::path("providers_wsfed_update", path, 0)?,
                            &dispatch::body("providers_wsfed_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "providers")]
            "providers_wsfed_used_by_list" => {
                boxed(
                    client
                        .providers()
                        .wsfed_used_by_list(
                            dispatch::path("providers_wsfed_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_destroy" => {
                boxed(
                    client
                        .rac()
                        .connection_tokens_destroy(
                            dispatch::path("rac_connection_tokens_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_list" => {
                boxed(client.rac().connection_tokens_list(&Default::default()))
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_partial_update" => {
                boxed(
                    client
                        .rac()
                        .connection_tokens_partial_update(
                            dispatch::path(
                                "rac_connection_tokens_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "rac_connection_tokens_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_retrieve" => {
                boxed(
                    client
                        .rac()
                        .connection_tokens_retrieve(
                            dispatch::path("rac_connection_tokens_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_update" => {
                boxed(
                    client
                        .rac()
                        .connection_tokens_update(
                            dispatch::path("rac_connection_tokens_update", path, 0)?,
                            &dispatch::body("rac_connection_tokens_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_connection_tokens_used_by_list" => {
                boxed(
                    client
                        .rac()
                        .connection_tokens_used_by_list(
                            dispatch::path(
                                "rac_connection_tokens_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_create" => {
                boxed(
                    client
                        .rac()
                        .endpoints_create(&dispatch::body("rac_endpoints_create", body)?),
                )
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_destroy" => {
                boxed(
                    client
                        .rac()
                        .endpoints_destroy(
                            dispatch::path("rac_endpoints_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_list" => {
                boxed(client.rac().endpoints_list(&Default::default()))
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_partial_update" => {
                boxed(
                    client
                        .rac()
                        .endpoints_partial_update(
                            dispatch::path("rac_endpoints_partial_update", path, 0)?,
                            &dispatch::body("rac_endpoints_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_retrieve" => {
                boxed(
                    client
                        .rac()
                        .endpoints_retrieve(
                            dispatch::path("rac_endpoints_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_update" => {
                boxed(
                    client
                        .rac()
                        .endpoints_update(
                            dispatch::path("rac_endpoints_update", path, 0)?,
                            &dispatch::body("rac_endpoints_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "rac")]
            "rac_endpoints_used_by_list" => {
                boxed(
                    client
                        .rac()
                        .endpoints_used_by_list(
                            dispatch::path("rac_endpoints_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_create" => {
                boxed(
                    client
                        .rbac()
                        .initial_permissions_create(
                            &dispatch::body("rbac_initial_permissions_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_destroy" => {
                boxed(
                    client
                        .rbac()
                        .initial_permissions_destroy(
                            dispatch::path("rbac_initial_permissions_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_list" => {
                boxed(client.rbac().initial_permissions_list(&Default::default()))
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_partial_update" => {
                boxed(
                    client
                        .rbac()
                        .initial_permissions_partial_update(
                            dispatch::path(
                                "rbac_initial_permissions_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "rbac_initial_permissions_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_retrieve" => {
                boxed(
                    client
                        .rbac()
                        .initial_permissions_retrieve(
                            dispatch::path("rbac_initial_permissions_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_update" => {
                boxed(
                    client
                        .rbac()
                        .initial_permissions_update(
                            dispatch::path("rbac_initial_permissions_update", path, 0)?,
                            &dispatch::body("rbac_initial_permissions_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_initial_permissions_used_by_list" => {
                boxed(
                    client
                        .rbac()
                        .initial_permissions_used_by_list(
                            dispatch::path(
                                "rbac_initial_permissions_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_roles_assign" => {
                boxed(
                    client
                        .rbac()
                        .permissions_assigned_by_roles_assign(
                            dispatch::path(
                                "rbac_permissions_assigned_by_roles_assign",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "rbac_permissions_assigned_by_roles_assign",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_roles_list" => {
                boxed(
                    client
                        .rbac()
                        .permissions_assigned_by_roles_list(
                            &dispatch::zero::<
                                String,
                            >("rbac_permissions_assigned_by_roles_list")?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_roles_unassign_partial_update" => {
                boxed(
                    client
                        .rbac()
                        .permissions_assigned_by_roles_unassign_partial_update(
                            dispatch::path(
                                "rbac_permissions_assigned_by_roles_unassign_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "rbac_permissions_assigned_by_roles_unassign_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_users_assign" => {
                boxed(
                    client
                        .rbac()
                        .permissions_assigned_by_users_assign(
                            dispatch::path(
                                "rbac_permissions_assigned_by_users_assign",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "rbac_permissions_assigned_by_users_assign",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_users_list" => {
                boxed(
                    client
                        .rbac()
                        .permissions_assigned_by_users_list(
                            &dispatch::zero("rbac_permissions_assigned_by_users_list")?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_assigned_by_users_unassign_partial_update" => {
                boxed(
                    client
                        .rbac()
                        .permissions_assigned_by_users_unassign_partial_update(
                            dispatch::path(
                                "rbac_permissions_assigned_by_users_unassign_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "rbac_permissions_assigned_by_users_unassign_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_list" => {
                boxed(client.rbac().permissions_list(&Default::default()))
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_retrieve" => {
                boxed(
                    client
                        .rbac()
                        .permissions_retrieve(
                            dispatch::path("rbac_permissions_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_destroy" => {
                boxed(
                    client
                        .rbac()
                        .permissions_roles_destroy(
                            dispatch::path("rbac_permissions_roles_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_list" => {
                boxed(client.rbac().permissions_roles_list(&Default::default()))
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_partial_update" => {
                boxed(
                    client
                        .rbac()
                        .permissions_roles_partial_update(
                            dispatch::path(
                                "rbac_permissions_roles_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "rbac_permissions_roles_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_retrieve" => {
                boxed(
                    client
                        .rbac()
                        .permissions_roles_retrieve(
                            dispatch::path("rbac_permissions_roles_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_roles_update" => {
                boxed(
                    client
                        .rbac()
                        .permissions_roles_update(
                            dispatch::path("rbac_permissions_roles_update", path, 0)?,
                            &dispatch::body("rbac_permissions_roles_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_destroy" => {
                boxed(
                    client
                        .rbac()
                        .permissions_users_destroy(
                            dispatch::path("rbac_permissions_users_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_list" => {
                boxed(client.rbac().permissions_users_list(&Default::default()))
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_partial_update" => {
                boxed(
                    client
                        .rbac()
                        .permissions_users_partial_update(
                            dispatch::path(
                                "rbac_permissions_users_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "rbac_permissions_users_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_retrieve" => {
                boxed(
                    client
                        .rbac()
                        .permissions_users_retrieve(
                            dispatch::path("rbac_permissions_users_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_permissions_users_update" => {
                boxed(
                    client
                        .rbac()
                        .permissions_users_update(
                            dispatch::path("rbac_permissions_users_update", path, 0)?,
                            &dispatch::body("rbac_permissions_users_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_add_user_create" => {
                boxed(
                    client
                        .rbac()
                        .roles_add_user_create(
                            dispatch::path("rbac_roles_add_user_create", path, 0)?,
                            &dispatch::body("rbac_roles_add_user_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_create" => {
                boxed(
                    client
                        .rbac()
                        .roles_create(&dispatch::body("rbac_roles_create", body)?),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_destroy" => {
                boxed(
                    client
                        .rbac()
                        .roles_destroy(dispatch::path("rbac_roles_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_list" => boxed(client.rbac().roles_list(&Default::default())),
            #[cfg(feature = "rbac")]
            "rbac_roles_partial_update" => {
                boxed(
                    client
                        .rbac()
                        .roles_partial_update(
                            dispatch::path("rbac_roles_partial_update", path, 0)?,
                            &dispatch::body("rbac_roles_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_remove_user_create" => {
                boxed(
                    client
                        .rbac()
                        .roles_remove_user_create(
                            dispatch::path("rbac_roles_remove_user_create", path, 0)?,
                            &dispatch::body("rbac_roles_remove_user_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_retrieve" => {
                boxed(
                    client
                        .rbac()
                        .roles_retrieve(dispatch::path("rbac_roles_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_update" => {
                boxed(
                    client
                        .rbac()
                        .roles_update(
                            dispatch::path("rbac_roles_update", path, 0)?,
                            &dispatch::body("rbac_roles_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "rbac")]
            "rbac_roles_used_by_list" => {
                boxed(
                    client
                        .rbac()
                        .roles_used_by_list(
                            dispatch::path("rbac_roles_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "reports")]
            "reports_exports_destroy" => {
                boxed(
                    client
                        .reports()
                        .exports_destroy(
                            dispatch::path("reports_exports_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "reports")]
            "reports_exports_list" => {
                boxed(client.reports().exports_list(&Default::default()))
            }
            #[cfg(feature = "reports")]
            "reports_exports_retrieve" => {
                boxed(
                    client
                        .reports()
                        .exports_retrieve(
                            dispatch::path("reports_exports_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_create" => {
                boxed(
                    client
                        .requests()
                        .grant_requests_create(
                            &dispatch::body("requests_grant_requests_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_destroy" => {
                boxed(
                    client
                        .requests()
                        .grant_requests_destroy(
                            dispatch::path("requests_grant_requests_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_fulfill_partial_update" => {
                boxed(
                    client
                        .requests()
                        .grant_requests_fulfill_partial_update(
                            dispatch::path(
                                "requests_grant_requests_fulfill_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "requests_grant_requests_fulfill_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_list" => {
                boxed(client.requests().grant_requests_list(&Default::default()))
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_pending_review_list" => {
                boxed(
                    client
                        .requests()
                        .grant_requests_pending_review_list(&Default::default()),
                )
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_retrieve" => {
                boxed(
                    client
                        .requests()
                        .grant_requests_retrieve(
                            dispatch::path("requests_grant_requests_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_grant_requests_revoke_destroy" => {
                boxed(
                    client
                        .requests()
                        .grant_requests_revoke_destroy(
                            dispatch::path(
                                "requests_grant_requests_revoke_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_create" => {
                boxed(
                    client
                        .requests()
                        .rule_bindings_create(
                            &dispatch::body("requests_rule_bindings_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_destroy" => {
                boxed(
                    client
                        .requests()
                        .rule_bindings_destroy(
                            dispatch::path("requests_rule_bindings_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_list" => {
                boxed(client.requests().rule_bindings_list(&Default::default()))
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_partial_update" => {
                boxed(
                    client
                        .requests()
                        .rule_bindings_partial_update(
                            dispatch::path(
                                "requests_rule_bindings_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "requests_rule_bindings_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_retrieve" => {
                boxed(
                    client
                        .requests()
                        .rule_bindings_retrieve(
                            dispatch::path("requests_rule_bindings_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_update" => {
                boxed(
                    client
                        .requests()
                        .rule_bindings_update(
                            dispatch::path("requests_rule_bindings_update", path, 0)?,
                            &dispatch::body("requests_rule_bindings_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_bindings_used_by_list" => {
                boxed(
                    client
                        .requests()
                        .rule_bindings_used_by_list(
                            dispatch::path(
                                "requests_rule_bindings_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_create" => {
                boxed(
                    client
                        .requests()
                        .rule_child_bindings_create(
                            &dispatch::body("requests_rule_child_bindings_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_destroy" => {
                boxed(
                    client
                        .requests()
                        .rule_child_bindings_destroy(
                            dispatch::path(
                                "requests_rule_child_bindings_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_list" => {
                boxed(client.requests().rule_child_bindings_list(&Default::default()))
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_partial_update" => {
                boxed(
                    client
                        .requests()
                        .rule_child_bindings_partial_update(
                            dispatch::path(
                                "requests_rule_child_bindings_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "requests_rule_child_bindings_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_retrieve" => {
                boxed(
                    client
                        .requests()
                        .rule_child_bindings_retrieve(
                            dispatch::path(
                                "requests_rule_child_bindings_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_update" => {
                boxed(
                    client
                        .requests()
                        .rule_child_bindings_update(
                            dispatch::path(
                                "requests_rule_child_bindings_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("requests_rule_child_bindings_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rule_child_bindings_used_by_list" => {
                boxed(
                    client
                        .requests()
                        .rule_child_bindings_used_by_list(
                            dispatch::path(
                                "requests_rule_child_bindings_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rules_create" => {
                boxed(
                    client
                        .requests()
                        .rules_create(&dispatch::body("requests_rules_create", body)?),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rules_destroy" => {
                boxed(
                    client
                        .requests()
                        .rules_destroy(
                            dispatch::path("requests_rules_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rules_list" => {
                boxed(client.requests().rules_list(&Default::default()))
            }
            #[cfg(feature = "requests")]
            "requests_rules_partial_update" => {
                boxed(
                    client
                        .requests()
                        .rules_partial_update(
                            dispatch::path("requests_rules_partial_update", path, 0)?,
                            &dispatch::body("requests_rules_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rules_retrieve" => {
                boxed(
                    client
                        .requests()
                        .rules_retrieve(
                            dispatch::path("requests_rules_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rules_update" => {
                boxed(
                    client
                        .requests()
                        .rules_update(
                            dispatch::path("requests_rules_update", path, 0)?,
                            &dispatch::body("requests_rules_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "requests")]
            "requests_rules_used_by_list" => {
                boxed(
                    client
                        .requests()
                        .rules_used_by_list(
                            dispatch::path("requests_rules_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "root")]
            "root_config_retrieve" => boxed(client.root().config_retrieve()),
            #[cfg(feature = "schema")]
            "schema_retrieve" => boxed(client.schema().retrieve(&Default::default())),
            #[cfg(feature = "sources")]
            "sources_all_destroy" => {
                boxed(
                    client
                        .sources()
                        .all_destroy(
                            &dispatch::path::<String>("sources_all_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_all_list" => boxed(client.sources().all_list(&Default::default())),
            #[cfg(feature = "sources")]
            "sources_all_retrieve" => {
                boxed(
                    client
                        .sources()
                        .all_retrieve(
                            &dispatch::path::<String>("sources_all_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_all_set_icon_url_create" => {
                boxed(
                    client
                        .sources()
                        .all_set_icon_url_create(
                            &dispatch::path::<
                                String,
                            >("sources_all_set_icon_url_create", path, 0)?,
                            &dispatch::body("sources_all_set_icon_url_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_all_types_list" => boxed(client.sources().all_types_list()),
            #[cfg(feature = "sources")]
            "sources_all_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .all_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_all_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_all_user_settings_list" => {
                boxed(client.sources().all_user_settings_list())
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_destroy" => {
                boxed(
                    client
                        .sources()
                        .group_connections_all_destroy(
                            dispatch::path(
                                "sources_group_connections_all_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_list" => {
                boxed(client.sources().group_connections_all_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_partial_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_all_partial_update(
                            dispatch::path(
                                "sources_group_connections_all_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_all_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_retrieve" => {
                boxed(
                    client
                        .sources()
                        .group_connections_all_retrieve(
                            dispatch::path(
                                "sources_group_connections_all_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_all_update(
                            dispatch::path(
                                "sources_group_connections_all_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_all_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_all_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .group_connections_all_used_by_list(
                            dispatch::path(
                                "sources_group_connections_all_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_create" => {
                boxed(
                    client
                        .sources()
                        .group_connections_kerberos_create(
                            &dispatch::body(
                                "sources_group_connections_kerberos_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_destroy" => {
                boxed(
                    client
                        .sources()
                        .group_connections_kerberos_destroy(
                            dispatch::path(
                                "sources_group_connections_kerberos_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_list" => {
                boxed(
                    client.sources().group_connections_kerberos_list(&Default::default()),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_partial_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_kerberos_partial_update(
                            dispatch::path(
                                "sources_group_connections_kerberos_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_kerberos_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_retrieve" => {
                boxed(
                    client
                        .sources()
                        .group_connections_kerberos_retrieve(
                            dispatch::path(
                                "sources_group_connections_kerberos_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_kerberos_update(
                            dispatch::path(
                                "sources_group_connections_kerberos_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_kerberos_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_kerberos_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .group_connections_kerberos_used_by_list(
                            dispatch::path(
                                "sources_group_connections_kerberos_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_create" => {
                boxed(
                    client
                        .sources()
                        .group_connections_ldap_create(
                            &dispatch::body(
                                "sources_group_connections_ldap_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_destroy" => {
                boxed(
                    client
                        .sources()
                        .group_connections_ldap_destroy(
                            dispatch::path(
                                "sources_group_connections_ldap_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_list" => {
                boxed(client.sources().group_connections_ldap_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_partial_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_ldap_partial_update(
                            dispatch::path(
                                "sources_group_connections_ldap_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_ldap_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_retrieve" => {
                boxed(
                    client
                        .sources()
                        .group_connections_ldap_retrieve(
                            dispatch::path(
                                "sources_group_connections_ldap_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_ldap_update(
                            dispatch::path(
                                "sources_group_connections_ldap_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_ldap_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_ldap_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .group_connections_ldap_used_by_list(
                            dispatch::path(
                                "sources_group_connections_ldap_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_create" => {
                boxed(
                    client
                        .sources()
                        .group_connections_oauth_create(
                            &dispatch::body(
                                "sources_group_connections_oauth_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_destroy" => {
                boxed(
                    client
                        .sources()
                        .group_connections_oauth_destroy(
                            dispatch::path(
                                "sources_group_connections_oauth_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_list" => {
                boxed(client.sources().group_connections_oauth_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_partial_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_oauth_partial_update(
                            dispatch::path(
                                "sources_group_connections_oauth_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_oauth_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_retrieve" => {
                boxed(
                    client
                        .sources()
                        .group_connections_oauth_retrieve(
                            dispatch::path(
                                "sources_group_connections_oauth_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_oauth_update(
                            dispatch::path(
                                "sources_group_connections_oauth_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_oauth_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_oauth_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .group_connections_oauth_used_by_list(
                            dispatch::path(
                                "sources_group_connections_oauth_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_create" => {
                boxed(
                    client
                        .sources()
                        .group_connections_plex_create(
                            &dispatch::body(
                                "sources_group_connections_plex_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_destroy" => {
                boxed(
                    client
                        .sources()
                        .group_connections_plex_destroy(
                            dispatch::path(
                                "sources_group_connections_plex_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_list" => {
                boxed(client.sources().group_connections_plex_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_partial_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_plex_partial_update(
                            dispatch::path(
                                "sources_group_connections_plex_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_plex_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_retrieve" => {
                boxed(
                    client
                        .sources()
                        .group_connections_plex_retrieve(
                            dispatch::path(
                                "sources_group_connections_plex_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_plex_update(
                            dispatch::path(
                                "sources_group_connections_plex_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_plex_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_plex_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .group_connections_plex_used_by_list(
                            dispatch::path(
                                "sources_group_connections_plex_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_create" => {
                boxed(
                    client
                        .sources()
                        .group_connections_saml_create(
                            &dispatch::body(
                                "sources_group_connections_saml_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_destroy" => {
                boxed(
                    client
                        .sources()
                        .group_connections_saml_destroy(
                            dispatch::path(
                                "sources_group_connections_saml_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_list" => {
                boxed(client.sources().group_connections_saml_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_partial_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_saml_partial_update(
                            dispatch::path(
                                "sources_group_connections_saml_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_saml_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_retrieve" => {
                boxed(
                    client
                        .sources()
                        .group_connections_saml_retrieve(
                            dispatch::path(
                                "sources_group_connections_saml_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_saml_update(
                            dispatch::path(
                                "sources_group_connections_saml_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_saml_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_saml_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .group_connections_saml_used_by_list(
                            dispatch::path(
                                "sources_group_connections_saml_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_create" => {
                boxed(
                    client
                        .sources()
                        .group_connections_telegram_create(
                            &dispatch::body(
                                "sources_group_connections_telegram_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_destroy" => {
                boxed(
                    client
                        .sources()
                        .group_connections_telegram_destroy(
                            dispatch::path(
                                "sources_group_connections_telegram_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_list" => {
                boxed(
                    client.sources().group_connections_telegram_list(&Default::default()),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_partial_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_telegram_partial_update(
                            dispatch::path(
                                "sources_group_connections_telegram_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_telegram_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_retrieve" => {
                boxed(
                    client
                        .sources()
                        .group_connections_telegram_retrieve(
                            dispatch::path(
                                "sources_group_connections_telegram_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_update" => {
                boxed(
                    client
                        .sources()
                        .group_connections_telegram_update(
                            dispatch::path(
                                "sources_group_connections_telegram_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_group_connections_telegram_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_group_connections_telegram_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .group_connections_telegram_used_by_list(
                            dispatch::path(
                                "sources_group_connections_telegram_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_create" => {
                boxed(
                    client
                        .sources()
                        .kerberos_create(
                            &dispatch::body("sources_kerberos_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_destroy" => {
                boxed(
                    client
                        .sources()
                        .kerberos_destroy(
                            &dispatch::path::<
                                String,
                            >("sources_kerberos_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_list" => {
                boxed(client.sources().kerberos_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_partial_update" => {
                boxed(
                    client
                        .sources()
                        .kerberos_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_kerberos_partial_update", path, 0)?,
                            &dispatch::body("sources_kerberos_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_retrieve" => {
                boxed(
                    client
                        .sources()
                        .kerberos_retrieve(
                            &dispatch::path::<
                                String,
                            >("sources_kerberos_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_sync_status_retrieve" => {
                boxed(
                    client
                        .sources()
                        .kerberos_sync_status_retrieve(
                            &dispatch::path::<
                                String,
                            >("sources_kerberos_sync_status_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_update" => {
                boxed(
                    client
                        .sources()
                        .kerberos_update(
                            &dispatch::path::<
                                String,
                            >("sources_kerberos_update", path, 0)?,
                            &dispatch::body("sources_kerberos_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_kerberos_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .kerberos_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_kerberos_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_ldap_create" => {
                boxed(
                    client
                        .sources()
                        .ldap_create(&dispatch::body("sources_ldap_create", body)?),
                )
            }
            #[cfg(feature = "sources")]
            "sources_ldap_debug_retrieve" => {
                boxed(
                    client
                        .sources()
                        .ldap_debug_retrieve(
                            &dispatch::path::<
                                String,
                            >("sources_ldap_debug_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_ldap_destroy" => {
                boxed(
                    client
                        .sources()
                        .ldap_destroy(
                            &dispatch::path::<String>("sources_ldap_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_ldap_list" => boxed(client.sources().ldap_list(&Default::default())),
            #[cfg(feature = "sources")]
            "sources_ldap_partial_update" => {
                boxed(
                    client
                        .sources()
                        .ldap_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_ldap_partial_update", path, 0)?,
                            &dispatch::body("sources_ldap_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_ldap_retrieve" => {
                boxed(
                    client
                        .sources()
                        .ldap_retrieve(
                            &dispatch::path::<String>("sources_ldap_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_ldap_sync_status_retrieve" => {
                boxed(
                    client
                        .sources()
                        .ldap_sync_status_retrieve(
                            &dispatch::path::<
                                String,
                            >("sources_ldap_sync_status_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_ldap_update" => {
                boxed(
                    client
                        .sources()
                        .ldap_update(
                            &dispatch::path::<String>("sources_ldap_update", path, 0)?,
                            &dispatch::body("sources_ldap_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_ldap_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .ldap_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_ldap_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_oauth_create" => {
                boxed(
                    client
                        .sources()
                        .oauth_create(&dispatch::body("sources_oauth_create", body)?),
                )
            }
            #[cfg(feature = "sources")]
            "sources_oauth_destroy" => {
                boxed(
                    client
                        .sources()
                        .oauth_destroy(
                            &dispatch::path::<String>("sources_oauth_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_oauth_list" => {
                boxed(client.sources().oauth_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_oauth_partial_update" => {
                boxed(
                    client
                        .sources()
                        .oauth_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_oauth_partial_update", path, 0)?,
                            &dispatch::body("sources_oauth_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_oauth_retrieve" => {
                boxed(
                    client
                        .sources()
                        .oauth_retrieve(
                            &dispatch::path::<String>("sources_oauth_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_oauth_source_types_list" => {
                boxed(client.sources().oauth_source_types_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_oauth_update" => {
                boxed(
                    client
                        .sources()
                        .oauth_update(
                            &dispatch::path::<String>("sources_oauth_update", path, 0)?,
                            &dispatch::body("sources_oauth_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_oauth_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .oauth_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_oauth_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_create" => {
                boxed(
                    client
                        .sources()
                        .plex_create(&dispatch::body("sources_plex_create", body)?),
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_destroy" => {
                boxed(
                    client
                        .sources()
                        .plex_destroy(
                            &dispatch::path::<String>("sources_plex_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_list" => boxed(client.sources().plex_list(&Default::default())),
            #[cfg(feature = "sources")]
            "sources_plex_partial_update" => {
                boxed(
                    client
                        .sources()
                        .plex_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_plex_partial_update", path, 0)?,
                            &dispatch::body("sources_plex_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_redeem_token_authenticated_create" => {
                boxed(
                    client
                        .sources()
                        .plex_redeem_token_authenticated_create(
                            &dispatch::body(
                                "sources_plex_redeem_token_authenticated_create",
                                body,
                            )?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_redeem_token_create" => {
                boxed(
                    client
                        .sources()
                        .plex_redeem_token_create(
                            &dispatch::body("sources_plex_redeem_token_create", body)?,
                            &Default::default(),
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_retrieve" => {
                boxed(
                    client
                        .sources()
                        .plex_retrieve(
                            &dispatch::path::<String>("sources_plex_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_update" => {
                boxed(
                    client
                        .sources()
                        .plex_update(
                            &dispatch::path::<String>("sources_plex_update", path, 0)?,
                            &dispatch::body("sources_plex_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_plex_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .plex_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_plex_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_saml_create" => {
                boxed(
                    client
                        .sources()
                        .saml_create(&dispatch::body("sources_saml_create", body)?),
                )
            }
            #[cfg(feature = "sources")]
            "sources_saml_destroy" => {
                boxed(
                    client
                        .sources()
                        .saml_destroy(
                            &dispatch::path::<String>("sources_saml_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_saml_list" => boxed(client.sources().saml_list(&Default::default())),
            #[cfg(feature = "sources")]
            "sources_saml_metadata_retrieve" => {
                boxed(
                    client
                        .sources()
                        .saml_metadata_retrieve(
                            &dispatch::path::<
                                String,
                            >("sources_saml_metadata_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_saml_partial_update" => {
                boxed(
                    client
                        .sources()
                        .saml_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_saml_partial_update", path, 0)?,
                            &dispatch::body("sources_saml_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_saml_retrieve" => {
                boxed(
                    client
                        .sources()
                        .saml_retrieve(
                            &dispatch::path::<String>("sources_saml_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_saml_update" => {
                boxed(
                    client
                        .sources()
                        .saml_update(
                            &dispatch::path::<String>("sources_saml_update", path, 0)?,
                            &dispatch::body("sources_saml_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_saml_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .saml_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_saml_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_create" => {
                boxed(
                    client
                        .sources()
                        .scim_create(&dispatch::body("sources_scim_create", body)?),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_destroy" => {
                boxed(
                    client
                        .sources()
                        .scim_destroy(
                            &dispatch::path::<String>("sources_scim_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_create" => {
                boxed(
                    client
                        .sources()
                        .scim_groups_create(
                            &dispatch::body("sources_scim_groups_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_destroy" => {
                boxed(
                    client
                        .sources()
                        .scim_groups_destroy(
                            &dispatch::path::<
                                String,
                            >("sources_scim_groups_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_list" => {
                boxed(client.sources().scim_groups_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_partial_update" => {
                boxed(
                    client
                        .sources()
                        .scim_groups_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_scim_groups_partial_update", path, 0)?,
                            &dispatch::body("sources_scim_groups_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_retrieve" => {
                boxed(
                    client
                        .sources()
                        .scim_groups_retrieve(
                            &dispatch::path::<
                                String,
                            >("sources_scim_groups_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_update" => {
                boxed(
                    client
                        .sources()
                        .scim_groups_update(
                            &dispatch::path::<
                                String,
                            >("sources_scim_groups_update", path, 0)?,
                            &dispatch::body("sources_scim_groups_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_groups_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .scim_groups_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_scim_groups_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_list" => boxed(client.sources().scim_list(&Default::default())),
            #[cfg(feature = "sources")]
            "sources_scim_partial_update" => {
                boxed(
                    client
                        .sources()
                        .scim_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_scim_partial_update", path, 0)?,
                            &dispatch::body("sources_scim_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_retrieve" => {
                boxed(
                    client
                        .sources()
                        .scim_retrieve(
                            &dispatch::path::<String>("sources_scim_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_update" => {
                boxed(
                    client
                        .sources()
                        .scim_update(
                            &dispatch::path::<String>("sources_scim_update", path, 0)?,
                            &dispatch::body("sources_scim_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .scim_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_scim_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_create" => {
                boxed(
                    client
                        .sources()
                        .scim_users_create(
                            &dispatch::body("sources_scim_users_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_destroy" => {
                boxed(
                    client
                        .sources()
                        .scim_users_destroy(
                            &dispatch::path::<
                                String,
                            >("sources_scim_users_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_list" => {
                boxed(client.sources().scim_users_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_partial_update" => {
                boxed(
                    client
                        .sources()
                        .scim_users_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_scim_users_partial_update", path, 0)?,
                            &dispatch::body("sources_scim_users_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_retrieve" => {
                boxed(
                    client
                        .sources()
                        .scim_users_retrieve(
                            &dispatch::path::<
                                String,
                            >("sources_scim_users_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_update" => {
                boxed(
                    client
                        .sources()
                        .scim_users_update(
                            &dispatch::path::<
                                String,
                            >("sources_scim_users_update", path, 0)?,
                            &dispatch::body("sources_scim_users_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_scim_users_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .scim_users_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_scim_users_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_telegram_connect_user_create" => {
                boxed(
                    client
                        .sources()
                        .telegram_connect_user_create(
                            &dispatch::path::<
                                String,
                            >("sources_telegram_connect_user_create", path, 0)?,
                            &dispatch::body(
                                "sources_telegram_connect_user_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_telegram_create" => {
                boxed(
                    client
                        .sources()
                        .telegram_create(
                            &dispatch::body("sources_telegram_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_telegram_destroy" => {
                boxed(
                    client
                        .sources()
                        .telegram_destroy(
                            &dispatch::path::<
                                String,
                            >("sources_telegram_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_telegram_list" => {
                boxed(client.sources().telegram_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_telegram_partial_update" => {
                boxed(
                    client
                        .sources()
                        .telegram_partial_update(
                            &dispatch::path::<
                                String,
                            >("sources_telegram_partial_update", path, 0)?,
                            &dispatch::body("sources_telegram_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_telegram_retrieve" => {
                boxed(
                    client
                        .sources()
                        .telegram_retrieve(
                            &dispatch::path::<
                                String,
                            >("sources_telegram_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_telegram_update" => {
                boxed(
                    client
                        .sources()
                        .telegram_update(
                            &dispatch::path::<
                                String,
                            >("sources_telegram_update", path, 0)?,
                            &dispatch::body("sources_telegram_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_telegram_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .telegram_used_by_list(
                            &dispatch::path::<
                                String,
                            >("sources_telegram_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_destroy" => {
                boxed(
                    client
                        .sources()
                        .user_connections_all_destroy(
                            dispatch::path(
                                "sources_user_connections_all_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_list" => {
                boxed(client.sources().user_connections_all_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_partial_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_all_partial_update(
                            dispatch::path(
                                "sources_user_connections_all_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_all_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_retrieve" => {
                boxed(
                    client
                        .sources()
                        .user_connections_all_retrieve(
                            dispatch::path(
                                "sources_user_connections_all_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_all_update(
                            dispatch::path(
                                "sources_user_connections_all_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("sources_user_connections_all_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_all_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .user_connections_all_used_by_list(
                            dispatch::path(
                                "sources_user_connections_all_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_create" => {
                boxed(
                    client
                        .sources()
                        .user_connections_kerberos_create(
                            &dispatch::body(
                                "sources_user_connections_kerberos_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_destroy" => {
                boxed(
                    client
                        .sources()
                        .user_connections_kerberos_destroy(
                            dispatch::path(
                                "sources_user_connections_kerberos_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_list" => {
                boxed(
                    client.sources().user_connections_kerberos_list(&Default::default()),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_partial_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_kerberos_partial_update(
                            dispatch::path(
                                "sources_user_connections_kerberos_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_kerberos_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_retrieve" => {
                boxed(
                    client
                        .sources()
                        .user_connections_kerberos_retrieve(
                            dispatch::path(
                                "sources_user_connections_kerberos_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_kerberos_update(
                            dispatch::path(
                                "sources_user_connections_kerberos_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_kerberos_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_kerberos_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .user_connections_kerberos_used_by_list(
                            dispatch::path(
                                "sources_user_connections_kerberos_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_create" => {
                boxed(
                    client
                        .sources()
                        .user_connections_ldap_create(
                            &dispatch::body(
                                "sources_user_connections_ldap_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_destroy" => {
                boxed(
                    client
                        .sources()
                        .user_connections_ldap_destroy(
                            dispatch::path(
                                "sources_user_connections_ldap_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_list" => {
                boxed(client.sources().user_connections_ldap_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_partial_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_ldap_partial_update(
                            dispatch::path(
                                "sources_user_connections_ldap_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_ldap_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_retrieve" => {
                boxed(
                    client
                        .sources()
                        .user_connections_ldap_retrieve(
                            dispatch::path(
                                "sources_user_connections_ldap_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_ldap_update(
                            dispatch::path(
                                "sources_user_connections_ldap_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_ldap_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_ldap_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .user_connections_ldap_used_by_list(
                            dispatch::path(
                                "sources_user_connections_ldap_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_create" => {
                boxed(
                    client
                        .sources()
                        .user_connections_oauth_create(
                            &dispatch::body(
                                "sources_user_connections_oauth_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_destroy" => {
                boxed(
                    client
                        .sources()
                        .user_connections_oauth_destroy(
                            dispatch::path(
                                "sources_user_connections_oauth_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_list" => {
                boxed(client.sources().user_connections_oauth_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_partial_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_oauth_partial_update(
                            dispatch::path(
                                "sources_user_connections_oauth_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_oauth_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_retrieve" => {
                boxed(
                    client
                        .sources()
                        .user_connections_oauth_retrieve(
                            dispatch::path(
                                "sources_user_connections_oauth_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_oauth_update(
                            dispatch::path(
                                "sources_user_connections_oauth_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_oauth_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_oauth_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .user_connections_oauth_used_by_list(
                            dispatch::path(
                                "sources_user_connections_oauth_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_create" => {
                boxed(
                    client
                        .sources()
                        .user_connections_plex_create(
                            &dispatch::body(
                                "sources_user_connections_plex_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_destroy" => {
                boxed(
                    client
                        .sources()
                        .user_connections_plex_destroy(
                            dispatch::path(
                                "sources_user_connections_plex_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_list" => {
                boxed(client.sources().user_connections_plex_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_partial_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_plex_partial_update(
                            dispatch::path(
                                "sources_user_connections_plex_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_plex_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_retrieve" => {
                boxed(
                    client
                        .sources()
                        .user_connections_plex_retrieve(
                            dispatch::path(
                                "sources_user_connections_plex_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_plex_update(
                            dispatch::path(
                                "sources_user_connections_plex_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_plex_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_plex_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .user_connections_plex_used_by_list(
                            dispatch::path(
                                "sources_user_connections_plex_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_create" => {
                boxed(
                    client
                        .sources()
                        .user_connections_saml_create(
                            &dispatch::body(
                                "sources_user_connections_saml_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_destroy" => {
                boxed(
                    client
                        .sources()
                        .user_connections_saml_destroy(
                            dispatch::path(
                                "sources_user_connections_saml_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_list" => {
                boxed(client.sources().user_connections_saml_list(&Default::default()))
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_partial_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_saml_partial_update(
                            dispatch::path(
                                "sources_user_connections_saml_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_saml_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_retrieve" => {
                boxed(
                    client
                        .sources()
                        .user_connections_saml_retrieve(
                            dispatch::path(
                                "sources_user_connections_saml_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_saml_update(
                            dispatch::path(
                                "sources_user_connections_saml_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_saml_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_saml_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .user_connections_saml_used_by_list(
                            dispatch::path(
                                "sources_user_connections_saml_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_create" => {
                boxed(
                    client
                        .sources()
                        .user_connections_telegram_create(
                            &dispatch::body(
                                "sources_user_connections_telegram_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_destroy" => {
                boxed(
                    client
                        .sources()
                        .user_connections_telegram_destroy(
                            dispatch::path(
                                "sources_user_connections_telegram_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_list" => {
                boxed(
                    client.sources().user_connections_telegram_list(&Default::default()),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_partial_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_telegram_partial_update(
                            dispatch::path(
                                "sources_user_connections_telegram_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_telegram_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_retrieve" => {
                boxed(
                    client
                        .sources()
                        .user_connections_telegram_retrieve(
                            dispatch::path(
                                "sources_user_connections_telegram_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_update" => {
                boxed(
                    client
                        .sources()
                        .user_connections_telegram_update(
                            dispatch::path(
                                "sources_user_connections_telegram_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "sources_user_connections_telegram_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "sources")]
            "sources_user_connections_telegram_used_by_list" => {
                boxed(
                    client
                        .sources()
                        .user_connections_telegram_used_by_list(
                            dispatch::path(
                                "sources_user_connections_telegram_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "ssf")]
            "ssf_streams_destroy" => {
                boxed(
                    client
                        .ssf()
                        .streams_destroy(dispatch::path("ssf_streams_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "ssf")]
            "ssf_streams_list" => boxed(client.ssf().streams_list(&Default::default())),
            #[cfg(feature = "ssf")]
            "ssf_streams_retrieve" => {
                boxed(
                    client
                        .ssf()
                        .streams_retrieve(
                            dispatch::path("ssf_streams_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_create" => {
                boxed(
                    client
                        .stages()
                        .account_lockdown_create(
                            &dispatch::body("stages_account_lockdown_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_destroy" => {
                boxed(
                    client
                        .stages()
                        .account_lockdown_destroy(
                            dispatch::path("stages_account_lockdown_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_list" => {
                boxed(client.stages().account_lockdown_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_partial_update" => {
                boxed(
                    client
                        .stages()
                        .account_lockdown_partial_update(
                            dispatch::path(
                                "stages_account_lockdown_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_account_lockdown_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_retrieve" => {
                boxed(
                    client
                        .stages()
                        .account_lockdown_retrieve(
                            dispatch::path("stages_account_lockdown_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_update" => {
                boxed(
                    client
                        .stages()
                        .account_lockdown_update(
                            dispatch::path("stages_account_lockdown_update", path, 0)?,
                            &dispatch::body("stages_account_lockdown_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_account_lockdown_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .account_lockdown_used_by_list(
                            dispatch::path(
                                "stages_account_lockdown_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_all_destroy" => {
                boxed(
                    client
                        .stages()
                        .all_destroy(dispatch::path("stages_all_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_all_list" => boxed(client.stages().all_list(&Default::default())),
            #[cfg(feature = "stages")]
            "stages_all_retrieve" => {
                boxed(
                    client
                        .stages()
                        .all_retrieve(dispatch::path("stages_all_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_all_types_list" => boxed(client.stages().all_types_list()),
            #[cfg(feature = "stages")]
            "stages_all_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .all_used_by_list(
                            dispatch::path("stages_all_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_all_user_settings_list" => {
                boxed(client.stages().all_user_settings_list())
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_create(
                            &dispatch::body("stages_authenticator_duo_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_destroy" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_destroy(
                            dispatch::path("stages_authenticator_duo_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_enrollment_status_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_enrollment_status_create(
                            dispatch::path(
                                "stages_authenticator_duo_enrollment_status_create",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_import_device_manual_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_import_device_manual_create(
                            dispatch::path(
                                "stages_authenticator_duo_import_device_manual_create",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_duo_import_device_manual_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_import_devices_automatic_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_import_devices_automatic_create(
                            dispatch::path(
                                "stages_authenticator_duo_import_devices_automatic_create",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_list" => {
                boxed(client.stages().authenticator_duo_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_partial_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_partial_update(
                            dispatch::path(
                                "stages_authenticator_duo_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_duo_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_retrieve(
                            dispatch::path("stages_authenticator_duo_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_update(
                            dispatch::path("stages_authenticator_duo_update", path, 0)?,
                            &dispatch::body("stages_authenticator_duo_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_duo_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_duo_used_by_list(
                            dispatch::path(
                                "stages_authenticator_duo_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_email_create(
                            &dispatch::body("stages_authenticator_email_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_destroy" => {
                boxed(
                    client
                        .stages()
                        .authenticator_email_destroy(
                            dispatch::path(
                                "stages_authenticator_email_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_list" => {
                boxed(client.stages().authenticator_email_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_partial_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_email_partial_update(
                            dispatch::path(
                                "stages_authenticator_email_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_email_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_email_retrieve(
                            dispatch::path(
                                "stages_authenticator_email_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_email_update(
                            dispatch::path(
                                "stages_authenticator_email_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("stages_authenticator_email_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_email_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_email_used_by_list(
                            dispatch::path(
                                "stages_authenticator_email_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_endpoint_gdtc_create(
                            &dispatch::body(
                                "stages_authenticator_endpoint_gdtc_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_destroy" => {
                boxed(
                    client
                        .stages()
                        .authenticator_endpoint_gdtc_destroy(
                            dispatch::path(
                                "stages_authenticator_endpoint_gdtc_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_list" => {
                boxed(
                    client.stages().authenticator_endpoint_gdtc_list(&Default::default()),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_partial_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_endpoint_gdtc_partial_update(
                            dispatch::path(
                                "stages_authenticator_endpoint_gdtc_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_endpoint_gdtc_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_endpoint_gdtc_retrieve(
                            dispatch::path(
                                "stages_authenticator_endpoint_gdtc_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_endpoint_gdtc_update(
                            dispatch::path(
                                "stages_authenticator_endpoint_gdtc_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_endpoint_gdtc_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_endpoint_gdtc_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_endpoint_gdtc_used_by_list(
                            dispatch::path(
                                "stages_authenticator_endpoint_gdtc_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_sms_create(
                            &dispatch::body("stages_authenticator_sms_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_destroy" => {
                boxed(
                    client
                        .stages()
                        .authenticator_sms_destroy(
                            dispatch::path("stages_authenticator_sms_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_list" => {
                boxed(client.stages().authenticator_sms_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_partial_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_sms_partial_update(
                            dispatch::path(
                                "stages_authenticator_sms_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_sms_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_sms_retrieve(
                            dispatch::path("stages_authenticator_sms_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_sms_update(
                            dispatch::path("stages_authenticator_sms_update", path, 0)?,
                            &dispatch::body("stages_authenticator_sms_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_sms_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_sms_used_by_list(
                            dispatch::path(
                                "stages_authenticator_sms_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_static_create(
                            &dispatch::body("stages_authenticator_static_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_destroy" => {
                boxed(
                    client
                        .stages()
                        .authenticator_static_destroy(
                            dispatch::path(
                                "stages_authenticator_static_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_list" => {
                boxed(client.stages().authenticator_static_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_partial_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_static_partial_update(
                            dispatch::path(
                                "stages_authenticator_static_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_static_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_static_retrieve(
                            dispatch::path(
                                "stages_authenticator_static_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_static_update(
                            dispatch::path(
                                "stages_authenticator_static_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("stages_authenticator_static_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_static_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_static_used_by_list(
                            dispatch::path(
                                "stages_authenticator_static_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_totp_create(
                            &dispatch::body("stages_authenticator_totp_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_destroy" => {
                boxed(
                    client
                        .stages()
                        .authenticator_totp_destroy(
                            dispatch::path("stages_authenticator_totp_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_list" => {
                boxed(client.stages().authenticator_totp_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_partial_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_totp_partial_update(
                            dispatch::path(
                                "stages_authenticator_totp_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_totp_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_totp_retrieve(
                            dispatch::path(
                                "stages_authenticator_totp_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_totp_update(
                            dispatch::path("stages_authenticator_totp_update", path, 0)?,
                            &dispatch::body("stages_authenticator_totp_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_totp_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_totp_used_by_list(
                            dispatch::path(
                                "stages_authenticator_totp_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_validate_create(
                            &dispatch::body(
                                "stages_authenticator_validate_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_destroy" => {
                boxed(
                    client
                        .stages()
                        .authenticator_validate_destroy(
                            dispatch::path(
                                "stages_authenticator_validate_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_list" => {
                boxed(client.stages().authenticator_validate_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_partial_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_validate_partial_update(
                            dispatch::path(
                                "stages_authenticator_validate_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_validate_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_validate_retrieve(
                            dispatch::path(
                                "stages_authenticator_validate_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_validate_update(
                            dispatch::path(
                                "stages_authenticator_validate_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_validate_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_validate_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_validate_used_by_list(
                            dispatch::path(
                                "stages_authenticator_validate_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_create" => {
                boxed(
                    client
                        .stages()
                        .authenticator_webauthn_create(
                            &dispatch::body(
                                "stages_authenticator_webauthn_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_destroy" => {
                boxed(
                    client
                        .stages()
                        .authenticator_webauthn_destroy(
                            dispatch::path(
                                "stages_authenticator_webauthn_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_device_types_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_webauthn_device_types_list(&Default::default()),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_device_types_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_webauthn_device_types_retrieve(
                            dispatch::path(
                                "stages_authenticator_webauthn_device_types_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_list" => {
                boxed(client.stages().authenticator_webauthn_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_partial_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_webauthn_partial_update(
                            dispatch::path(
                                "stages_authenticator_webauthn_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_webauthn_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_retrieve" => {
                boxed(
                    client
                        .stages()
                        .authenticator_webauthn_retrieve(
                            dispatch::path(
                                "stages_authenticator_webauthn_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_update" => {
                boxed(
                    client
                        .stages()
                        .authenticator_webauthn_update(
                            dispatch::path(
                                "stages_authenticator_webauthn_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_authenticator_webauthn_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_authenticator_webauthn_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .authenticator_webauthn_used_by_list(
                            dispatch::path(
                                "stages_authenticator_webauthn_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_captcha_create" => {
                boxed(
                    client
                        .stages()
                        .captcha_create(&dispatch::body("stages_captcha_create", body)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_captcha_destroy" => {
                boxed(
                    client
                        .stages()
                        .captcha_destroy(
                            dispatch::path("stages_captcha_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_captcha_list" => {
                boxed(client.stages().captcha_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_captcha_partial_update" => {
                boxed(
                    client
                        .stages()
                        .captcha_partial_update(
                            dispatch::path("stages_captcha_partial_update", path, 0)?,
                            &dispatch::body("stages_captcha_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_captcha_retrieve" => {
                boxed(
                    client
                        .stages()
                        .captcha_retrieve(
                            dispatch::path("stages_captcha_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_captcha_update" => {
                boxed(
                    client
                        .stages()
                        .captcha_update(
                            dispatch::path("stages_captcha_update", path, 0)?,
                            &dispatch::body("stages_captcha_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_captcha_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .captcha_used_by_list(
                            dispatch::path("stages_captcha_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_consent_create" => {
                boxed(
                    client
                        .stages()
                        .consent_create(&dispatch::body("stages_consent_create", body)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_consent_destroy" => {
                boxed(
                    client
                        .stages()
                        .consent_destroy(
                            dispatch::path("stages_consent_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_consent_list" => {
                boxed(client.stages().consent_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_consent_partial_update" => {
                boxed(
                    client
                        .stages()
                        .consent_partial_update(
                            dispatch::path("stages_consent_partial_update", path, 0)?,
                            &dispatch::body("stages_consent_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_consent_retrieve" => {
                boxed(
                    client
                        .stages()
                        .consent_retrieve(
                            dispatch::path("stages_consent_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_consent_update" => {
                boxed(
                    client
                        .stages()
                        .consent_update(
                            dispatch::path("stages_consent_update", path, 0)?,
                            &dispatch::body("stages_consent_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_consent_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .consent_used_by_list(
                            dispatch::path("stages_consent_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_deny_create" => {
                boxed(
                    client
                        .stages()
                        .deny_create(&dispatch::body("stages_deny_create", body)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_deny_destroy" => {
                boxed(
                    client
                        .stages()
                        .deny_destroy(dispatch::path("stages_deny_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_deny_list" => boxed(client.stages().deny_list(&Default::default())),
            #[cfg(feature = "stages")]
            "stages_deny_partial_update" => {
                boxed(
                    client
                        .stages()
                        .deny_partial_update(
                            dispatch::path("stages_deny_partial_update", path, 0)?,
                            &dispatch::body("stages_deny_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_deny_retrieve" => {
                boxed(
                    client
                        .stages()
                        .deny_retrieve(dispatch::path("stages_deny_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_deny_update" => {
                boxed(
                    client
                        .stages()
                        .deny_update(
                            dispatch::path("stages_deny_update", path, 0)?,
                            &dispatch::body("stages_deny_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_deny_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .deny_used_by_list(
                            dispatch::path("stages_deny_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_dummy_create" => {
                boxed(
                    client
                        .stages()
                        .dummy_create(&dispatch::body("stages_dummy_create", body)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_dummy_destroy" => {
                boxed(
                    client
                        .stages()
                        .dummy_destroy(dispatch::path("stages_dummy_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_dummy_list" => boxed(client.stages().dummy_list(&Default::default())),
            #[cfg(feature = "stages")]
            "stages_dummy_partial_update" => {
                boxed(
                    client
                        .stages()
                        .dummy_partial_update(
                            dispatch::path("stages_dummy_partial_update", path, 0)?,
                            &dispatch::body("stages_dummy_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_dummy_retrieve" => {
                boxed(
                    client
                        .stages()
                        .dummy_retrieve(
                            dispatch::path("stages_dummy_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_dummy_update" => {
                boxed(
                    client
                        .stages()
                        .dummy_update(
                            dispatch::path("stages_dummy_update", path, 0)?,
                            &dispatch::body("stages_dummy_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_dummy_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .dummy_used_by_list(
                            dispatch::path("stages_dummy_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_email_create" => {
                boxed(
                    client
                        .stages()
                        .email_create(&dispatch::body("stages_email_create", body)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_email_destroy" => {
                boxed(
                    client
                        .stages()
                        .email_destroy(dispatch::path("stages_email_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_email_list" => boxed(client.stages().email_list(&Default::default())),
            #[cfg(feature = "stages")]
            "stages_email_partial_update" => {
                boxed(
                    client
                        .stages()
                        .email_partial_update(
                            dispatch::path("stages_email_partial_update", path, 0)?,
                            &dispatch::body("stages_email_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_email_retrieve" => {
                boxed(
                    client
                        .stages()
                        .email_retrieve(
                            dispatch::path("stages_email_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_email_templates_list" => {
                boxed(client.stages().email_templates_list())
            }
            #[cfg(feature = "stages")]
            "stages_email_update" => {
                boxed(
                    client
                        .stages()
                        .email_update(
                            dispatch::path("stages_email_update", path, 0)?,
                            &dispatch::body("stages_email_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_email_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .email_used_by_list(
                            dispatch::path("stages_email_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_create" => {
                boxed(
                    client
                        .stages()
                        .endpoints_create(
                            &dispatch::body("stages_endpoints_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_destroy" => {
                boxed(
                    client
                        .stages()
                        .endpoints_destroy(
                            dispatch::path("stages_endpoints_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_list" => {
                boxed(client.stages().endpoints_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_partial_update" => {
                boxed(
                    client
                        .stages()
                        .endpoints_partial_update(
                            dispatch::path("stages_endpoints_partial_update", path, 0)?,
                            &dispatch::body("stages_endpoints_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_retrieve" => {
                boxed(
                    client
                        .stages()
                        .endpoints_retrieve(
                            dispatch::path("stages_endpoints_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_update" => {
                boxed(
                    client
                        .stages()
                        .endpoints_update(
                            dispatch::path("stages_endpoints_update", path, 0)?,
                            &dispatch::body("stages_endpoints_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_endpoints_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .endpoints_used_by_list(
                            dispatch::path("stages_endpoints_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_identification_create" => {
                boxed(
                    client
                        .stages()
                        .identification_create(
                            &dispatch::body("stages_identification_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_identification_destroy" => {
                boxed(
                    client
                        .stages()
                        .identification_destroy(
                            dispatch::path("stages_identification_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_identification_list" => {
                boxed(client.stages().identification_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_identification_partial_update" => {
                boxed(
                    client
                        .stages()
                        .identification_partial_update(
                            dispatch::path(
                                "stages_identification_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_identification_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_identification_retrieve" => {
                boxed(
                    client
                        .stages()
                        .identification_retrieve(
                            dispatch::path("stages_identification_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_identification_update" => {
                boxed(
                    client
                        .stages()
                        .identification_update(
                            dispatch::path("stages_identification_update", path, 0)?,
                            &dispatch::body("stages_identification_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_identification_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .identification_used_by_list(
                            dispatch::path(
                                "stages_identification_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_create" => {
                boxed(
                    client
                        .stages()
                        .invitation_invitations_create(
                            &dispatch::body(
                                "stages_invitation_invitations_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_destroy" => {
                boxed(
                    client
                        .stages()
                        .invitation_invitations_destroy(
                            dispatch::path(
                                "stages_invitation_invitations_destroy",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_list" => {
                boxed(client.stages().invitation_invitations_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_partial_update" => {
                boxed(
                    client
                        .stages()
                        .invitation_invitations_partial_update(
                            dispatch::path(
                                "stages_invitation_invitations_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_invitation_invitations_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_retrieve" => {
                boxed(
                    client
                        .stages()
                        .invitation_invitations_retrieve(
                            dispatch::path(
                                "stages_invitation_invitations_retrieve",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_send_email_create" => {
                boxed(
                    client
                        .stages()
                        .invitation_invitations_send_email_create(
                            dispatch::path(
                                "stages_invitation_invitations_send_email_create",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_invitation_invitations_send_email_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_update" => {
                boxed(
                    client
                        .stages()
                        .invitation_invitations_update(
                            dispatch::path(
                                "stages_invitation_invitations_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_invitation_invitations_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_invitations_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .invitation_invitations_used_by_list(
                            dispatch::path(
                                "stages_invitation_invitations_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_create" => {
                boxed(
                    client
                        .stages()
                        .invitation_stages_create(
                            &dispatch::body("stages_invitation_stages_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_destroy" => {
                boxed(
                    client
                        .stages()
                        .invitation_stages_destroy(
                            dispatch::path("stages_invitation_stages_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_list" => {
                boxed(client.stages().invitation_stages_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_partial_update" => {
                boxed(
                    client
                        .stages()
                        .invitation_stages_partial_update(
                            dispatch::path(
                                "stages_invitation_stages_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_invitation_stages_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_retrieve" => {
                boxed(
                    client
                        .stages()
                        .invitation_stages_retrieve(
                            dispatch::path("stages_invitation_stages_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_update" => {
                boxed(
                    client
                        .stages()
                        .invitation_stages_update(
                            dispatch::path("stages_invitation_stages_update", path, 0)?,
                            &dispatch::body("stages_invitation_stages_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_invitation_stages_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .invitation_stages_used_by_list(
                            dispatch::path(
                                "stages_invitation_stages_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_mtls_create" => {
                boxed(
                    client
                        .stages()
                        .mtls_create(&dispatch::body("stages_mtls_create", body)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_mtls_destroy" => {
                boxed(
                    client
                        .stages()
                        .mtls_destroy(dispatch::path("stages_mtls_destroy", path, 0)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_mtls_list" => boxed(client.stages().mtls_list(&Default::default())),
            #[cfg(feature = "stages")]
            "stages_mtls_partial_update" => {
                boxed(
                    client
                        .stages()
                        .mtls_partial_update(
                            dispatch::path("stages_mtls_partial_update", path, 0)?,
                            &dispatch::body("stages_mtls_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_mtls_retrieve" => {
                boxed(
                    client
                        .stages()
                        .mtls_retrieve(dispatch::path("stages_mtls_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_mtls_update" => {
                boxed(
                    client
                        .stages()
                        .mtls_update(
                            dispatch::path("stages_mtls_update", path, 0)?,
                            &dispatch::body("stages_mtls_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_mtls_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .mtls_used_by_list(
                            dispatch::path("stages_mtls_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_password_create" => {
                boxed(
                    client
                        .stages()
                        .password_create(
                            &dispatch::body("stages_password_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_password_destroy" => {
                boxed(
                    client
                        .stages()
                        .password_destroy(
                            dispatch::path("stages_password_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_password_list" => {
                boxed(client.stages().password_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_password_partial_update" => {
                boxed(
                    client
                        .stages()
                        .password_partial_update(
                            dispatch::path("stages_password_partial_update", path, 0)?,
                            &dispatch::body("stages_password_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_password_retrieve" => {
                boxed(
                    client
                        .stages()
                        .password_retrieve(
                            dispatch::path("stages_password_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_password_update" => {
                boxed(
                    client
                        .stages()
                        .password_update(
                            dispatch::path("stages_password_update", path, 0)?,
                            &dispatch::body("stages_password_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_password_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .password_used_by_list(
                            dispatch::path("stages_password_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_create" => {
                boxed(
                    client
                        .stages()
                        .prompt_prompts_create(
                            &dispatch::body("stages_prompt_prompts_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_destroy" => {
                boxed(
                    client
                        .stages()
                        .prompt_prompts_destroy(
                            dispatch::path("stages_prompt_prompts_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_list" => {
                boxed(client.stages().prompt_prompts_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_partial_update" => {
                boxed(
                    client
                        .stages()
                        .prompt_prompts_partial_update(
                            dispatch::path(
                                "stages_prompt_prompts_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "stages_prompt_prompts_partial_update",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_preview_create" => {
                boxed(
                    client
                        .stages()
                        .prompt_prompts_preview_create(
                            &dispatch::body(
                                "stages_prompt_prompts_preview_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_retrieve" => {
                boxed(
                    client
                        .stages()
                        .prompt_prompts_retrieve(
                            dispatch::path("stages_prompt_prompts_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_update" => {
                boxed(
                    client
                        .stages()
                        .prompt_prompts_update(
                            dispatch::path("stages_prompt_prompts_update", path, 0)?,
                            &dispatch::body("stages_prompt_prompts_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_prompts_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .prompt_prompts_used_by_list(
                            dispatch::path(
                                "stages_prompt_prompts_used_by_list",
                                path,
                                0,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_create" => {
                boxed(
                    client
                        .stages()
                        .prompt_stages_create(
                            &dispatch::body("stages_prompt_stages_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_destroy" => {
                boxed(
                    client
                        .stages()
                        .prompt_stages_destroy(
                            dispatch::path("stages_prompt_stages_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_list" => {
                boxed(client.stages().prompt_stages_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_partial_update" => {
                boxed(
                    client
                        .stages()
                        .prompt_stages_partial_update(
                            dispatch::path(
                                "stages_prompt_stages_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("stages_prompt_stages_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_retrieve" => {
                boxed(
                    client
                        .stages()
                        .prompt_stages_retrieve(
                            dispatch::path("stages_prompt_stages_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_update" => {
                boxed(
                    client
                        .stages()
                        .prompt_stages_update(
                            dispatch::path("stages_prompt_stages_update", path, 0)?,
                            &dispatch::body("stages_prompt_stages_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_prompt_stages_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .prompt_stages_used_by_list(
                            dispatch::path("stages_prompt_stages_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_redirect_create" => {
                boxed(
                    client
                        .stages()
                        .redirect_create(
                            &dispatch::body("stages_redirect_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_redirect_destroy" => {
                boxed(
                    client
                        .stages()
                        .redirect_destroy(
                            dispatch::path("stages_redirect_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_redirect_list" => {
                boxed(client.stages().redirect_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_redirect_partial_update" => {
                boxed(
                    client
                        .stages()
                        .redirect_partial_update(
                            dispatch::path("stages_redirect_partial_update", path, 0)?,
                            &dispatch::body("stages_redirect_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_redirect_retrieve" => {
                boxed(
                    client
                        .stages()
                        .redirect_retrieve(
                            dispatch::path("stages_redirect_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_redirect_update" => {
                boxed(
                    client
                        .stages()
                        .redirect_update(
                            dispatch::path("stages_redirect_update", path, 0)?,
                            &dispatch::body("stages_redirect_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_redirect_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .redirect_used_by_list(
                            dispatch::path("stages_redirect_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_source_create" => {
                boxed(
                    client
                        .stages()
                        .source_create(&dispatch::body("stages_source_create", body)?),
                )
            }
            #[cfg(feature = "stages")]
            "stages_source_destroy" => {
                boxed(
                    client
                        .stages()
                        .source_destroy(
                            dispatch::path("stages_source_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_source_list" => {
                boxed(client.stages().source_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_source_partial_update" => {
                boxed(
                    client
                        .stages()
                        .source_partial_update(
                            dispatch::path("stages_source_partial_update", path, 0)?,
                            &dispatch::body("stages_source_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_source_retrieve" => {
                boxed(
                    client
                        .stages()
                        .source_retrieve(
                            dispatch::path("stages_source_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_source_update" => {
                boxed(
                    client
                        .stages()
                        .source_update(
                            dispatch::path("stages_source_update", path, 0)?,
                            &dispatch::body("stages_source_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_source_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .source_used_by_list(
                            dispatch::path("stages_source_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_create" => {
                boxed(
                    client
                        .stages()
                        .user_delete_create(
                            &dispatch::body("stages_user_delete_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_destroy" => {
                boxed(
                    client
                        .stages()
                        .user_delete_destroy(
                            dispatch::path("stages_user_delete_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_list" => {
                boxed(client.stages().user_delete_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_partial_update" => {
                boxed(
                    client
                        .stages()
                        .user_delete_partial_update(
                            dispatch::path(
                                "stages_user_delete_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("stages_user_delete_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_retrieve" => {
                boxed(
                    client
                        .stages()
                        .user_delete_retrieve(
                            dispatch::path("stages_user_delete_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_update" => {
                boxed(
                    client
                        .stages()
                        .user_delete_update(
                            dispatch::path("stages_user_delete_update", path, 0)?,
                            &dispatch::body("stages_user_delete_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_delete_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .user_delete_used_by_list(
                            dispatch::path("stages_user_delete_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_login_create" => {
                boxed(
                    client
                        .stages()
                        .user_login_create(
                            &dispatch::body("stages_user_login_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_login_destroy" => {
                boxed(
                    client
                        .stages()
                        .user_login_destroy(
                            dispatch::path("stages_user_login_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_login_list" => {
                boxed(client.stages().user_login_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_user_login_partial_update" => {
                boxed(
                    client
                        .stages()
                        .user_login_partial_update(
                            dispatch::path("stages_user_login_partial_update", path, 0)?,
                            &dispatch::body("stages_user_login_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_login_retrieve" => {
                boxed(
                    client
                        .stages()
                        .user_login_retrieve(
                            dispatch::path("stages_user_login_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_login_update" => {
                boxed(
                    client
                        .stages()
                        .user_login_update(
                            dispatch::path("stages_user_login_update", path, 0)?,
                            &dispatch::body("stages_user_login_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_login_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .user_login_used_by_list(
                            dispatch::path("stages_user_login_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_create" => {
                boxed(
                    client
                        .stages()
                        .user_logout_create(
                            &dispatch::body("stages_user_logout_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_destroy" => {
                boxed(
                    client
                        .stages()
                        .user_logout_destroy(
                            dispatch::path("stages_user_logout_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_list" => {
                boxed(client.stages().user_logout_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_partial_update" => {
                boxed(
                    client
                        .stages()
                        .user_logout_partial_update(
                            dispatch::path(
                                "stages_user_logout_partial_update",
                                path,
                                0,
                            )?,
                            &dispatch::body("stages_user_logout_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_retrieve" => {
                boxed(
                    client
                        .stages()
                        .user_logout_retrieve(
                            dispatch::path("stages_user_logout_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_update" => {
                boxed(
                    client
                        .stages()
                        .user_logout_update(
                            dispatch::path("stages_user_logout_update", path, 0)?,
                            &dispatch::body("stages_user_logout_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_logout_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .user_logout_used_by_list(
                            dispatch::path("stages_user_logout_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_write_create" => {
                boxed(
                    client
                        .stages()
                        .user_write_create(
                            &dispatch::body("stages_user_write_create", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_write_destroy" => {
                boxed(
                    client
                        .stages()
                        .user_write_destroy(
                            dispatch::path("stages_user_write_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_write_list" => {
                boxed(client.stages().user_write_list(&Default::default()))
            }
            #[cfg(feature = "stages")]
            "stages_user_write_partial_update" => {
                boxed(
                    client
                        .stages()
                        .user_write_partial_update(
                            dispatch::path("stages_user_write_partial_update", path, 0)?,
                            &dispatch::body("stages_user_write_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_write_retrieve" => {
                boxed(
                    client
                        .stages()
                        .user_write_retrieve(
                            dispatch::path("stages_user_write_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_write_update" => {
                boxed(
                    client
                        .stages()
                        .user_write_update(
                            dispatch::path("stages_user_write_update", path, 0)?,
                            &dispatch::body("stages_user_write_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "stages")]
            "stages_user_write_used_by_list" => {
                boxed(
                    client
                        .stages()
                        .user_write_used_by_list(
                            dispatch::path("stages_user_write_used_by_list", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_list" => {
                boxed(client.tasks().schedules_list(&Default::default()))
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_partial_update" => {
                boxed(
                    client
                        .tasks()
                        .schedules_partial_update(
                            dispatch::path("tasks_schedules_partial_update", path, 0)?,
                            &dispatch::body("tasks_schedules_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_retrieve" => {
                boxed(
                    client
                        .tasks()
                        .schedules_retrieve(
                            dispatch::path("tasks_schedules_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_send_create" => {
                boxed(
                    client
                        .tasks()
                        .schedules_send_create(
                            dispatch::path("tasks_schedules_send_create", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "tasks")]
            "tasks_schedules_update" => {
                boxed(
                    client
                        .tasks()
                        .schedules_update(
                            dispatch::path("tasks_schedules_update", path, 0)?,
                            &dispatch::body("tasks_schedules_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_list" => boxed(client.tasks().tasks_list(&Default::default())),
            #[cfg(feature = "tasks")]
            "tasks_tasks_retrieve" => {
                boxed(
                    client
                        .tasks()
                        .tasks_retrieve(dispatch::path("tasks_tasks_retrieve", path, 0)?),
                )
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_retry_create" => {
                boxed(
                    client
                        .tasks()
                        .tasks_retry_create(
                            dispatch::path("tasks_tasks_retry_create", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "tasks")]
            "tasks_tasks_status_retrieve" => {
                boxed(client.tasks().tasks_status_retrieve())
            }
            #[cfg(feature = "tasks")]
            "tasks_workers_list" => boxed(client.tasks().workers_list()),
            #[cfg(feature = "tenants")]
            "tenants_domains_create" => {
                boxed(
                    client
                        .tenants()
                        .domains_create(&dispatch::body("tenants_domains_create", body)?),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_destroy" => {
                boxed(
                    client
                        .tenants()
                        .domains_destroy(
                            dispatch::path("tenants_domains_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_list" => {
                boxed(client.tenants().domains_list(&Default::default()))
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_partial_update" => {
                boxed(
                    client
                        .tenants()
                        .domains_partial_update(
                            dispatch::path("tenants_domains_partial_update", path, 0)?,
                            &dispatch::body("tenants_domains_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_retrieve" => {
                boxed(
                    client
                        .tenants()
                        .domains_retrieve(
                            dispatch::path("tenants_domains_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_domains_update" => {
                boxed(
                    client
                        .tenants()
                        .domains_update(
                            dispatch::path("tenants_domains_update", path, 0)?,
                            &dispatch::body("tenants_domains_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_create" => {
                boxed(
                    client
                        .tenants()
                        .tenants_create(&dispatch::body("tenants_tenants_create", body)?),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_create_admin_group_create" => {
                boxed(
                    client
                        .tenants()
                        .tenants_create_admin_group_create(
                            dispatch::path(
                                "tenants_tenants_create_admin_group_create",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "tenants_tenants_create_admin_group_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_create_recovery_key_create" => {
                boxed(
                    client
                        .tenants()
                        .tenants_create_recovery_key_create(
                            dispatch::path(
                                "tenants_tenants_create_recovery_key_create",
                                path,
                                0,
                            )?,
                            &dispatch::body(
                                "tenants_tenants_create_recovery_key_create",
                                body,
                            )?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_destroy" => {
                boxed(
                    client
                        .tenants()
                        .tenants_destroy(
                            dispatch::path("tenants_tenants_destroy", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_list" => {
                boxed(client.tenants().tenants_list(&Default::default()))
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_partial_update" => {
                boxed(
                    client
                        .tenants()
                        .tenants_partial_update(
                            dispatch::path("tenants_tenants_partial_update", path, 0)?,
                            &dispatch::body("tenants_tenants_partial_update", body)?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_retrieve" => {
                boxed(
                    client
                        .tenants()
                        .tenants_retrieve(
                            dispatch::path("tenants_tenants_retrieve", path, 0)?,
                        ),
                )
            }
            #[cfg(feature = "tenants")]
            "tenants_tenants_update" => {
                boxed(
                    client
                        .tenants()
                        .tenants_update(
                            dispatch::path("tenants_tenants_update", path, 0)?,
                            &dispatch::body("tenants_tenants_update", body)?,
                        ),
                )
            }
            _ => Ok(None),
        }
    }

    match start(client, operation_id, path, body) {
        Ok(Some(call)) => Some(call.await),
        Ok(None) => None,
        Err(e) => Some(Err(e)),
    }
}
