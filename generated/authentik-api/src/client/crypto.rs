//! Operations tagged `crypto` (10).
use super::runtime::client as rt;

/// The operations tagged `crypto`: `client.crypto()`.
#[derive(Clone, Copy, Debug)]
pub struct CryptoApi<'a> {
    pub(super) client: &'a super::Client,
}

impl CryptoApi<'_> {
    /// CertificateKeyPair Viewset
    ///
    /// `POST /crypto/certificatekeypairs/` (`crypto_certificatekeypairs_create`).
    pub fn certificatekeypairs_create(
        &self,
        body: &super::models::CertificateKeyPairRequest,
    ) -> super::ResponseFuture<super::models::CertificateKeyPair> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_create",
            method: rt::Method::Post,
            path: "/crypto/certificatekeypairs/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// CertificateKeyPair Viewset
    ///
    /// `DELETE /crypto/certificatekeypairs/{kp_uuid}/` (`crypto_certificatekeypairs_destroy`).
    ///
    /// - `kp_uuid`: A UUID string identifying this Certificate-Key Pair.
    pub fn certificatekeypairs_destroy(
        &self,
        kp_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_destroy",
            method: rt::Method::Delete,
            path: "/crypto/certificatekeypairs/{kp_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.send_empty()
    }

    /// Generate a new, self-signed certificate-key pair
    ///
    /// `POST /crypto/certificatekeypairs/generate/` (`crypto_certificatekeypairs_generate_create`).
    pub fn certificatekeypairs_generate_create(
        &self,
        body: &super::models::CertificateGenerationRequest,
    ) -> super::ResponseFuture<super::models::CertificateKeyPair> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_generate_create",
            method: rt::Method::Post,
            path: "/crypto/certificatekeypairs/generate/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_3,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    fn certificatekeypairs_list_request(
        &self,
        params: &CertificatekeypairsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_list",
            method: rt::Method::Get,
            path: "/crypto/certificatekeypairs/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("has_key", &params.has_key);
        request.query("key_type", &params.key_type);
        request.query("managed", &params.managed);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// CertificateKeyPair Viewset
    ///
    /// `GET /crypto/certificatekeypairs/` (`crypto_certificatekeypairs_list`).
    ///
    /// Optional parameters: [`CertificatekeypairsListParams`].
    pub fn certificatekeypairs_list(
        &self,
        params: &CertificatekeypairsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedCertificateKeyPairList> {
        self.certificatekeypairs_list_request(params).send_json()
    }

    /// Every item of [`CryptoApi::certificatekeypairs_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn certificatekeypairs_list_stream(
        &self,
        params: &CertificatekeypairsListParams,
    ) -> super::PageStream<super::models::CertificateKeyPair> {
        self.certificatekeypairs_list_request(params).paginate()
    }

    /// CertificateKeyPair Viewset
    ///
    /// `PATCH /crypto/certificatekeypairs/{kp_uuid}/` (`crypto_certificatekeypairs_partial_update`).
    ///
    /// - `kp_uuid`: A UUID string identifying this Certificate-Key Pair.
    pub fn certificatekeypairs_partial_update(
        &self,
        kp_uuid: ::uuid::Uuid,
        body: &super::models::PatchedCertificateKeyPairRequest,
    ) -> super::ResponseFuture<super::models::CertificateKeyPair> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_partial_update",
            method: rt::Method::Patch,
            path: "/crypto/certificatekeypairs/{kp_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.json(body);
        request.send_json()
    }

    /// CertificateKeyPair Viewset
    ///
    /// `GET /crypto/certificatekeypairs/{kp_uuid}/` (`crypto_certificatekeypairs_retrieve`).
    ///
    /// - `kp_uuid`: A UUID string identifying this Certificate-Key Pair.
    pub fn certificatekeypairs_retrieve(
        &self,
        kp_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::CertificateKeyPair> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_retrieve",
            method: rt::Method::Get,
            path: "/crypto/certificatekeypairs/{kp_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.send_json()
    }

    /// CertificateKeyPair Viewset
    ///
    /// `PUT /crypto/certificatekeypairs/{kp_uuid}/` (`crypto_certificatekeypairs_update`).
    ///
    /// - `kp_uuid`: A UUID string identifying this Certificate-Key Pair.
    pub fn certificatekeypairs_update(
        &self,
        kp_uuid: ::uuid::Uuid,
        body: &super::models::CertificateKeyPairRequest,
    ) -> super::ResponseFuture<super::models::CertificateKeyPair> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_update",
            method: rt::Method::Put,
            path: "/crypto/certificatekeypairs/{kp_uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /crypto/certificatekeypairs/{kp_uuid}/used_by/` (`crypto_certificatekeypairs_used_by_list`).
    ///
    /// - `kp_uuid`: A UUID string identifying this Certificate-Key Pair.
    pub fn certificatekeypairs_used_by_list(
        &self,
        kp_uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_used_by_list",
            method: rt::Method::Get,
            path: "/crypto/certificatekeypairs/{kp_uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.send_json()
    }

    /// Return certificate-key pairs certificate and log access
    ///
    /// `GET /crypto/certificatekeypairs/{kp_uuid}/view_certificate/` (`crypto_certificatekeypairs_view_certificate_retrieve`).
    ///
    /// - `kp_uuid`: A UUID string identifying this Certificate-Key Pair.
    ///
    /// Optional parameters: [`CertificatekeypairsViewCertificateRetrieveParams`].
    pub fn certificatekeypairs_view_certificate_retrieve(
        &self,
        kp_uuid: ::uuid::Uuid,
        params: &CertificatekeypairsViewCertificateRetrieveParams,
    ) -> super::ResponseFuture<super::models::CertificateData> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_view_certificate_retrieve",
            method: rt::Method::Get,
            path: "/crypto/certificatekeypairs/{kp_uuid}/view_certificate/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.query("download", &params.download);
        request.send_json()
    }

    /// Return certificate-key pairs private key and log access
    ///
    /// `GET /crypto/certificatekeypairs/{kp_uuid}/view_private_key/` (`crypto_certificatekeypairs_view_private_key_retrieve`).
    ///
    /// - `kp_uuid`: A UUID string identifying this Certificate-Key Pair.
    ///
    /// Optional parameters: [`CertificatekeypairsViewPrivateKeyRetrieveParams`].
    pub fn certificatekeypairs_view_private_key_retrieve(
        &self,
        kp_uuid: ::uuid::Uuid,
        params: &CertificatekeypairsViewPrivateKeyRetrieveParams,
    ) -> super::ResponseFuture<super::models::CertificateData> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "crypto_certificatekeypairs_view_private_key_retrieve",
            method: rt::Method::Get,
            path: "/crypto/certificatekeypairs/{kp_uuid}/view_private_key/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.query("download", &params.download);
        request.send_json()
    }
}

/// Optional parameters of [`CryptoApi::certificatekeypairs_list`] (`crypto_certificatekeypairs_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CertificatekeypairsListParams {
    /// Only return certificate-key pairs with keys
    ///
    /// Query parameter `has_key`.
    pub has_key: Option<bool>,
    /// Filter by key algorithm type (RSA, EC, DSA, etc). Can be specified multiple times (e.g. '?key_type=rsa&key_type=ec')
    ///
    /// Query parameter `key_type`.
    pub key_type: Option<Vec<super::models::KeyTypeEnum>>,
    /// Query parameter `managed`.
    pub managed: Option<String>,
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

/// Optional parameters of [`CryptoApi::certificatekeypairs_view_certificate_retrieve`] (`crypto_certificatekeypairs_view_certificate_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CertificatekeypairsViewCertificateRetrieveParams {
    /// Query parameter `download`.
    pub download: Option<bool>,
}

/// Optional parameters of [`CryptoApi::certificatekeypairs_view_private_key_retrieve`] (`crypto_certificatekeypairs_view_private_key_retrieve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CertificatekeypairsViewPrivateKeyRetrieveParams {
    /// Query parameter `download`.
    pub download: Option<bool>,
}
