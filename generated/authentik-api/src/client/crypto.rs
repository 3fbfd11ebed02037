//! Operations tagged `crypto` (10).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
        body: &models::CertificateKeyPairRequest,
    ) -> ResponseFuture<models::CertificateKeyPair> {
        rt::operation!(
            Post "/crypto/certificatekeypairs/" "crypto_certificatekeypairs_create"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/crypto/certificatekeypairs/{kp_uuid}/"
            "crypto_certificatekeypairs_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.send_empty()
    }

    /// Generate a new, self-signed certificate-key pair
    ///
    /// `POST /crypto/certificatekeypairs/generate/` (`crypto_certificatekeypairs_generate_create`).
    pub fn certificatekeypairs_generate_create(
        &self,
        body: &models::CertificateGenerationRequest,
    ) -> ResponseFuture<models::CertificateKeyPair> {
        rt::operation!(
            Post "/crypto/certificatekeypairs/generate/"
            "crypto_certificatekeypairs_generate_create"
            errors(ERRORS_400_403_404_405_415_2)
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    fn certificatekeypairs_list_request(
        &self,
        params: &CertificatekeypairsListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/crypto/certificatekeypairs/" "crypto_certificatekeypairs_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedCertificateKeyPairList> {
        self.certificatekeypairs_list_request(params).send_json()
    }

    /// Every item of [`CryptoApi::certificatekeypairs_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn certificatekeypairs_list_stream(
        &self,
        params: &CertificatekeypairsListParams,
    ) -> PageStream<models::CertificateKeyPair> {
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
        body: &models::PatchedCertificateKeyPairRequest,
    ) -> ResponseFuture<models::CertificateKeyPair> {
        rt::operation!(
            Patch "/crypto/certificatekeypairs/{kp_uuid}/"
            "crypto_certificatekeypairs_partial_update"
        );
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
    ) -> ResponseFuture<models::CertificateKeyPair> {
        rt::operation!(
            Get "/crypto/certificatekeypairs/{kp_uuid}/"
            "crypto_certificatekeypairs_retrieve"
        );
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
        body: &models::CertificateKeyPairRequest,
    ) -> ResponseFuture<models::CertificateKeyPair> {
        rt::operation!(
            Put "/crypto/certificatekeypairs/{kp_uuid}/"
            "crypto_certificatekeypairs_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/crypto/certificatekeypairs/{kp_uuid}/used_by/"
            "crypto_certificatekeypairs_used_by_list"
        );
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
    ) -> ResponseFuture<models::CertificateData> {
        rt::operation!(
            Get "/crypto/certificatekeypairs/{kp_uuid}/view_certificate/"
            "crypto_certificatekeypairs_view_certificate_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.params(params);
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
    ) -> ResponseFuture<models::CertificateData> {
        rt::operation!(
            Get "/crypto/certificatekeypairs/{kp_uuid}/view_private_key/"
            "crypto_certificatekeypairs_view_private_key_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("kp_uuid", &kp_uuid);
        request.params(params);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`CryptoApi::certificatekeypairs_list`] (`crypto_certificatekeypairs_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct CertificatekeypairsListParams {
        /// Only return certificate-key pairs with keys
        pub has_key: Option<bool> => query "has_key",
        /// Filter by key algorithm type (RSA, EC, DSA, etc). Can be specified multiple times (e.g. '?key_type=rsa&key_type=ec')
        pub key_type: Option<Vec<models::KeyTypeEnum>> => query "key_type",
        pub managed: Option<String> => query "managed",
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
    /// Optional parameters of [`CryptoApi::certificatekeypairs_view_certificate_retrieve`] (`crypto_certificatekeypairs_view_certificate_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct CertificatekeypairsViewCertificateRetrieveParams {
        pub download: Option<bool> => query "download",
    }
}

rt::params! {
    /// Optional parameters of [`CryptoApi::certificatekeypairs_view_private_key_retrieve`] (`crypto_certificatekeypairs_view_private_key_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct CertificatekeypairsViewPrivateKeyRetrieveParams {
        pub download: Option<bool> => query "download",
    }
}
