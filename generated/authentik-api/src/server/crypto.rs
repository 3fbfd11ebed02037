//! Server side of the operations tagged `crypto` (10).
use super::rt;
use ::std::sync::Arc;

/// The operations tagged `crypto`. Implement those you serve, then
/// `Server::new().crypto(service)` or [`router`]; the others go to
/// [`Crypto::fallback`] (by default nowhere: `501 Not Implemented`).
pub trait Crypto: Send + Sync + 'static {
    /// Where the operations this implementation does not define go:
    /// `None` (the default) answers them `501 Not Implemented`. Return
    /// a [`rt::Dynamic`] to hand them to a backend (the fake authentik,
    /// say). `Dynamic` is its own fallback.
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        None
    }
    /// CertificateKeyPair Viewset
    ///
    /// `POST /crypto/certificatekeypairs/` (`crypto_certificatekeypairs_create`).
    fn certificatekeypairs_create(
        &self,
        auth: rt::Auth,
        body: super::models::CertificateKeyPairRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// CertificateKeyPair Viewset
    ///
    /// `DELETE /crypto/certificatekeypairs/{kp_uuid}/` (`crypto_certificatekeypairs_destroy`).
    fn certificatekeypairs_destroy(
        &self,
        auth: rt::Auth,
        kp_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsDestroyResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_destroy",
            auth,
            rt::Args::new().param("kp_uuid", &kp_uuid),
        )
    }
    /// Generate a new, self-signed certificate-key pair
    ///
    /// `POST /crypto/certificatekeypairs/generate/` (`crypto_certificatekeypairs_generate_create`).
    fn certificatekeypairs_generate_create(
        &self,
        auth: rt::Auth,
        body: super::models::CertificateGenerationRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsGenerateCreateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_generate_create",
            auth,
            rt::Args::new().body(&body),
        )
    }
    /// CertificateKeyPair Viewset
    ///
    /// `GET /crypto/certificatekeypairs/` (`crypto_certificatekeypairs_list`).
    fn certificatekeypairs_list(
        &self,
        auth: rt::Auth,
        query: CertificatekeypairsListQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_list",
            auth,
            rt::Args::new().params(&query),
        )
    }
    /// CertificateKeyPair Viewset
    ///
    /// `PATCH /crypto/certificatekeypairs/{kp_uuid}/` (`crypto_certificatekeypairs_partial_update`).
    fn certificatekeypairs_partial_update(
        &self,
        auth: rt::Auth,
        kp_uuid: ::uuid::Uuid,
        body: super::models::PatchedCertificateKeyPairRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsPartialUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_partial_update",
            auth,
            rt::Args::new().param("kp_uuid", &kp_uuid).body(&body),
        )
    }
    /// CertificateKeyPair Viewset
    ///
    /// `GET /crypto/certificatekeypairs/{kp_uuid}/` (`crypto_certificatekeypairs_retrieve`).
    fn certificatekeypairs_retrieve(
        &self,
        auth: rt::Auth,
        kp_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_retrieve",
            auth,
            rt::Args::new().param("kp_uuid", &kp_uuid),
        )
    }
    /// CertificateKeyPair Viewset
    ///
    /// `PUT /crypto/certificatekeypairs/{kp_uuid}/` (`crypto_certificatekeypairs_update`).
    fn certificatekeypairs_update(
        &self,
        auth: rt::Auth,
        kp_uuid: ::uuid::Uuid,
        body: super::models::CertificateKeyPairRequest,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsUpdateResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_update",
            auth,
            rt::Args::new().param("kp_uuid", &kp_uuid).body(&body),
        )
    }
    /// Get a list of all objects that use this object
    ///
    /// `GET /crypto/certificatekeypairs/{kp_uuid}/used_by/` (`crypto_certificatekeypairs_used_by_list`).
    fn certificatekeypairs_used_by_list(
        &self,
        auth: rt::Auth,
        kp_uuid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsUsedByListResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_used_by_list",
            auth,
            rt::Args::new().param("kp_uuid", &kp_uuid),
        )
    }
    /// Return certificate-key pairs certificate and log access
    ///
    /// `GET /crypto/certificatekeypairs/{kp_uuid}/view_certificate/` (`crypto_certificatekeypairs_view_certificate_retrieve`).
    fn certificatekeypairs_view_certificate_retrieve(
        &self,
        auth: rt::Auth,
        kp_uuid: ::uuid::Uuid,
        query: CertificatekeypairsViewCertificateRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsViewCertificateRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_view_certificate_retrieve",
            auth,
            rt::Args::new().param("kp_uuid", &kp_uuid).params(&query),
        )
    }
    /// Return certificate-key pairs private key and log access
    ///
    /// `GET /crypto/certificatekeypairs/{kp_uuid}/view_private_key/` (`crypto_certificatekeypairs_view_private_key_retrieve`).
    fn certificatekeypairs_view_private_key_retrieve(
        &self,
        auth: rt::Auth,
        kp_uuid: ::uuid::Uuid,
        query: CertificatekeypairsViewPrivateKeyRetrieveQuery,
    ) -> impl ::std::future::Future<
        Output = rt::Result<CertificatekeypairsViewPrivateKeyRetrieveResponse>,
    > + Send {
        rt::forward(
            self.fallback(),
            "crypto_certificatekeypairs_view_private_key_retrieve",
            auth,
            rt::Args::new().param("kp_uuid", &kp_uuid).params(&query),
        )
    }
}

/// The handlers of every operation of the tag, served by `service`.
#[allow(deprecated)]
pub fn routes<S: Crypto>(service: &Arc<S>) -> Vec<rt::Route> {
    Vec::from([
        rt::Route::new(
            "crypto_certificatekeypairs_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.certificatekeypairs_create(input.auth(), input.json()?).await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_destroy",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .certificatekeypairs_destroy(
                            input.auth(),
                            input.path("kp_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_generate_create",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .certificatekeypairs_generate_create(input.auth(), input.json()?)
                        .await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service.certificatekeypairs_list(input.auth(), input.params()?).await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_partial_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .certificatekeypairs_partial_update(
                            input.auth(),
                            input.path("kp_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .certificatekeypairs_retrieve(
                            input.auth(),
                            input.path("kp_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_update",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .certificatekeypairs_update(
                            input.auth(),
                            input.path("kp_uuid")?,
                            input.json()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_used_by_list",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .certificatekeypairs_used_by_list(
                            input.auth(),
                            input.path("kp_uuid")?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_view_certificate_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .certificatekeypairs_view_certificate_retrieve(
                            input.auth(),
                            input.path("kp_uuid")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
        rt::Route::new(
            "crypto_certificatekeypairs_view_private_key_retrieve",
            service,
            |service, mut input| {
                rt::reply(async move {
                    service
                        .certificatekeypairs_view_private_key_retrieve(
                            input.auth(),
                            input.path("kp_uuid")?,
                            input.params()?,
                        )
                        .await
                })
            },
        ),
    ])
}

/// An `axum::Router` serving the `crypto` operations with `service` (the other tags' routes are `404`).
pub fn router<S: Crypto>(service: S) -> ::axum::Router {
    super::Server::new().routes(routes(&Arc::new(service))).into_router()
}

/// Every operation forwarded, untyped, to the backend.
impl<B: rt::Backend> Crypto for rt::Dynamic<B> {
    fn fallback(&self) -> Option<&dyn rt::Forward> {
        Some(self)
    }
}

/// What [`Crypto::certificatekeypairs_create`] returns (`crypto_certificatekeypairs_create`).
pub type CertificatekeypairsCreateResponse = super::Reply201_400_403<
    super::models::CertificateKeyPair,
>;

/// What [`Crypto::certificatekeypairs_destroy`] returns (`crypto_certificatekeypairs_destroy`).
pub type CertificatekeypairsDestroyResponse = super::Reply204_400_403;

/// What [`Crypto::certificatekeypairs_generate_create`] returns (`crypto_certificatekeypairs_generate_create`).
pub type CertificatekeypairsGenerateCreateResponse = super::Reply200_400_403V4<
    super::models::CertificateKeyPair,
>;

/// What [`Crypto::certificatekeypairs_list`] returns (`crypto_certificatekeypairs_list`).
pub type CertificatekeypairsListResponse = super::Reply200_400_403<
    super::models::PaginatedCertificateKeyPairList,
>;

/// Query and header parameters of [`Crypto::certificatekeypairs_list`] (`crypto_certificatekeypairs_list`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificatekeypairsListQuery {
    /// Only return certificate-key pairs with keys
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_key: Option<bool>,
    /// Filter by key algorithm type (RSA, EC, DSA, etc). Can be specified multiple times (e.g. '?key_type=rsa&key_type=ec')
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_type: Option<Vec<super::models::KeyTypeEnum>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<String>,
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

/// What [`Crypto::certificatekeypairs_partial_update`] returns (`crypto_certificatekeypairs_partial_update`).
pub type CertificatekeypairsPartialUpdateResponse = super::Reply200_400_403<
    super::models::CertificateKeyPair,
>;

/// What [`Crypto::certificatekeypairs_retrieve`] returns (`crypto_certificatekeypairs_retrieve`).
pub type CertificatekeypairsRetrieveResponse = super::Reply200_400_403<
    super::models::CertificateKeyPair,
>;

/// What [`Crypto::certificatekeypairs_update`] returns (`crypto_certificatekeypairs_update`).
pub type CertificatekeypairsUpdateResponse = super::Reply200_400_403<
    super::models::CertificateKeyPair,
>;

/// What [`Crypto::certificatekeypairs_used_by_list`] returns (`crypto_certificatekeypairs_used_by_list`).
pub type CertificatekeypairsUsedByListResponse = super::Reply200_400_403<
    Vec<super::models::UsedBy>,
>;

/// What [`Crypto::certificatekeypairs_view_certificate_retrieve`] returns (`crypto_certificatekeypairs_view_certificate_retrieve`).
pub type CertificatekeypairsViewCertificateRetrieveResponse = super::Reply200_400_403<
    super::models::CertificateData,
>;

/// Query and header parameters of [`Crypto::certificatekeypairs_view_certificate_retrieve`] (`crypto_certificatekeypairs_view_certificate_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificatekeypairsViewCertificateRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download: Option<bool>,
}

/// What [`Crypto::certificatekeypairs_view_private_key_retrieve`] returns (`crypto_certificatekeypairs_view_private_key_retrieve`).
pub type CertificatekeypairsViewPrivateKeyRetrieveResponse = super::Reply200_400_403<
    super::models::CertificateData,
>;

/// Query and header parameters of [`Crypto::certificatekeypairs_view_private_key_retrieve`] (`crypto_certificatekeypairs_view_private_key_retrieve`).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificatekeypairsViewPrivateKeyRetrieveQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download: Option<bool>,
}
