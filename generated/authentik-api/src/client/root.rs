//! Operations tagged `root` (1).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, ResponseFuture};

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
    pub fn config_retrieve(&self) -> ResponseFuture<models::Config> {
        rt::operation!(
            Get "/root/config/" "root_config_retrieve"
            security(SECURITY_AUTHENTIK_OR_ANONYMOUS)
        );
        self.client.request(&OPERATION).send_json()
    }
}
