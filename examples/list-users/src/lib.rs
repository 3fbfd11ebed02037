//! Downstream use of the checked-in `authentik-api` crate: list every user,
//! walking all pages.

use authentik_api::client::{core::UsersListParams, Client, Error};
use futures_util::TryStreamExt;

/// The usernames of every active user, sorted as the server orders them.
pub async fn active_usernames(client: &Client) -> Result<Vec<String>, Error> {
    let params = UsersListParams {
        is_active: Some(true),
        page_size: Some(100),
        ..UsersListParams::default()
    };
    client
        .core()
        .users_list_stream(&params)
        .map_ok(|user| user.username)
        .try_collect()
        .await
}
