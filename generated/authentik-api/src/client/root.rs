//! Operations tagged `root` (1).
use super::runtime::client as rt;

/// The operations tagged `root`: `client.root()`.
#[derive(Clone, Copy, Debug)]
pub struct RootApi<'a> {
    pub(super) client: &'a super::Client,
}

impl RootApi<'_> {
    /// Retrieve public configuration options
    ///
    /// `GET /root/config/` (`root_config_retrieve`).
    /// Allows anonymous access.
    pub fn config_retrieve(&self) -> super::ResponseFuture<super::models::Config> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "root_config_retrieve",
            method: rt::Method::Get,
            path: "/root/config/",
            security: super::SECURITY_AUTHENTIK_OR_ANONYMOUS,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }
}
