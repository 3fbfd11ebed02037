//! Operations tagged `schema` (1).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, ResponseFuture};

/// The operations tagged `schema`: `client.schema()`.
#[derive(Clone, Copy, Debug)]
pub struct SchemaApi<'a> {
    pub(super) client: &'a super::Client,
}

impl SchemaApi<'_> {
    fn retrieve_request(&self, params: &RetrieveParams) -> rt::Request {
        rt::operation!(
            Get "/schema/" "schema_retrieve" security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// OpenApi3 schema for this API. Format can be selected via content negotiation.
    ///
    /// - YAML: application/vnd.oai.openapi
    /// - JSON: application/vnd.oai.openapi+json
    ///
    /// `GET /schema/` (`schema_retrieve`).
    /// Allows anonymous access.
    ///
    /// Optional parameters: [`RetrieveParams`].
    pub fn retrieve(
        &self,
        params: &RetrieveParams,
    ) -> ResponseFuture<::std::collections::BTreeMap<String, ::serde_json::Value>> {
        self.retrieve_request(params).send_json()
    }

    /// [`SchemaApi::retrieve`], with the body as `application/vnd.oai.openapi` text.
    pub fn retrieve_oai_openapi(
        &self,
        params: &RetrieveParams,
    ) -> ResponseFuture<String> {
        let mut request = self.retrieve_request(params);
        request.accept("application/vnd.oai.openapi");
        request.send_text()
    }

    /// [`SchemaApi::retrieve`], with the body as `application/vnd.oai.openapi+json` text.
    pub fn retrieve_oai_openapi_json(
        &self,
        params: &RetrieveParams,
    ) -> ResponseFuture<String> {
        let mut request = self.retrieve_request(params);
        request.accept("application/vnd.oai.openapi+json");
        request.send_text()
    }

    /// [`SchemaApi::retrieve`], with the body as `application/yaml` text.
    pub fn retrieve_yaml(&self, params: &RetrieveParams) -> ResponseFuture<String> {
        let mut request = self.retrieve_request(params);
        request.accept("application/yaml");
        request.send_text()
    }
}

rt::params! {
    /// Optional parameters of [`SchemaApi::retrieve`] (`schema_retrieve`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RetrieveParams {
        pub format: Option<models::FormatEnum> => query "format",
        pub lang: Option<models::LangEnum> => query "lang",
    }
}
