//! A crate whose build script generates the authentik client it uses:
//! only the `core` and `oauth2` operations and the models they reach.

include!(concat!(env!("OUT_DIR"), "/authentik.rs"));

use authentik::client::{Client, Error};

/// The slugs of every application (first page).
pub async fn application_slugs(client: &Client) -> Result<Vec<String>, Error> {
    let page = client
        .core()
        .applications_list(&authentik::client::core::ApplicationsListParams::default())
        .await?;
    Ok(page.results.into_iter().map(|app| app.slug).collect())
}
