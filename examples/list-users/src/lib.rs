//! Downstream use of the checked-in `authentik-api` crate: list every user,
//! walking all pages; connect to a server of any release; create a user.

use authentik_api::client::{core::UsersListParams, Client, Error};
use authentik_api::models::{User, UserRequest};
use futures_util::TryStreamExt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

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

/// A client for a server of any release: it counts the responses it had to
/// correct (fields the server left out, `null` where the schema has none)
/// and asks the server its version, so request bodies take that release's
/// form.
pub async fn connect(
    url: &str,
    token: &str,
    corrected: Arc<AtomicUsize>,
) -> Result<Client, Box<dyn std::error::Error>> {
    let client = Client::builder(url)
        .token(token)
        .on_correction(move |c| {
            corrected.fetch_add(c.corrections.len(), Ordering::Relaxed);
        })
        .build()?;
    client.detect_server_version().await?;
    Ok(client)
}

/// Create a user; `None` when the username is taken (DRF's message for the
/// field, typed).
pub async fn create_user(client: &Client, username: &str) -> Result<Option<User>, Error> {
    let body = UserRequest {
        username: username.to_string(),
        name: username.to_string(),
        attributes: None,
        email: None,
        groups: None,
        is_active: None,
        last_login: None,
        path: None,
        roles: None,
        r#type: None,
    };
    match client.core().users_create(&body).await {
        Ok(user) => Ok(Some(user)),
        Err(Error::Validation(e)) if e.body.additional_properties.contains_key("username") => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
