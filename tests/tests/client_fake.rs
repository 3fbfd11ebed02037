//! The generated client against the fake authentik (`authentik-fake`, the
//! generated server with an in-memory backend) on 127.0.0.1: create ->
//! retrieve -> list (finds it, paginates) -> partial_update -> update ->
//! destroy -> retrieve is 404, for users, groups, applications and OAuth2
//! providers (including `redirect_uris` in both of its wire forms).

use authentik_api::client::{core, providers, Client, Error};
use authentik_api::models;
use futures_util::TryStreamExt;
use serde_json::json;

const TOKEN: &str = "client-fake-token";

fn model<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("a valid request body")
}

fn assert_not_found<T: std::fmt::Debug>(result: Result<T, Error>) {
    match result {
        Err(Error::NotFound(e)) => {
            assert_eq!(e.status.as_u16(), 404);
            assert!(e.body.is_some_and(|b| !b.detail.is_empty()));
        }
        other => panic!("expected 404, got {other:?}"),
    }
}

async fn start() -> (authentik_fake::Running, Client) {
    let fake = authentik_fake::spawn(TOKEN).await.expect("start the fake");
    let client = Client::builder(fake.url()).token(TOKEN).build().unwrap();
    (fake, client)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_crud() {
    let (fake, client) = start().await;
    let users = client.core();
    let created = users
        .users_create(&model(json!({"username": "alice", "name": "Alice"})))
        .await
        .unwrap();
    assert_eq!(created.username, "alice");
    assert_eq!(users.users_retrieve(created.pk).await.unwrap(), created);

    for i in 0..4 {
        users
            .users_create(&model(
                json!({"username": format!("bob{i}"), "name": "Bob"}),
            ))
            .await
            .unwrap();
    }
    let params = core::UsersListParams {
        page_size: Some(2),
        ordering: Some("username".into()),
        ..Default::default()
    };
    let page = users.users_list(&params).await.unwrap();
    assert_eq!(page.results.len(), 2);
    assert_eq!(page.pagination.count, 5.into());
    assert_eq!(page.pagination.total_pages, 3.into());
    let all: Vec<models::User> = users
        .users_list_stream(&params)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(all[0].username, "alice");
    let found = users
        .users_list(&core::UsersListParams {
            search: Some("ALI".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(found.results, vec![created.clone()]);

    let patched = users
        .users_partial_update(created.pk, &model(json!({"name": "Alice Liddell"})))
        .await
        .unwrap();
    assert_eq!(
        (patched.name.as_str(), patched.username.as_str()),
        ("Alice Liddell", "alice")
    );
    let updated = users
        .users_update(
            created.pk,
            &model(json!({"username": "alice2", "name": "A"})),
        )
        .await
        .unwrap();
    assert_eq!(
        (updated.username.as_str(), updated.pk),
        ("alice2", created.pk)
    );
    users.users_destroy(created.pk).await.unwrap();
    assert_not_found(users.users_retrieve(created.pk).await);
    fake.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_crud() {
    let (fake, client) = start().await;
    let core = client.core();
    let created = core
        .groups_create(&model(json!({"name": "admins", "is_superuser": true})))
        .await
        .unwrap();
    let no_params = core::GroupsRetrieveParams::default();
    assert_eq!(
        core.groups_retrieve(created.pk, &no_params).await.unwrap(),
        created
    );
    let listed: Vec<models::Group> = core
        .groups_list_stream(&core::GroupsListParams {
            page_size: Some(1),
            ..Default::default()
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed, vec![created.clone()]);
    let patched = core
        .groups_partial_update(created.pk, &model(json!({"name": "operators"})))
        .await
        .unwrap();
    assert_eq!(patched.name, "operators");
    assert_eq!(patched.is_superuser, Some(true));
    let updated = core
        .groups_update(created.pk, &model(json!({"name": "ops"})))
        .await
        .unwrap();
    assert_eq!(updated.name, "ops");
    core.groups_destroy(created.pk).await.unwrap();
    assert_not_found(core.groups_retrieve(created.pk, &no_params).await);
    fake.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn applications_crud() {
    let (fake, client) = start().await;
    let core = client.core();
    let created = core
        .applications_create(&model(json!({"name": "Wiki", "slug": "wiki"})))
        .await
        .unwrap();
    assert_eq!(created.slug, "wiki");
    assert_eq!(core.applications_retrieve("wiki").await.unwrap(), created);
    let page = core
        .applications_list(&core::ApplicationsListParams {
            search: Some("wik".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(page.results, vec![created.clone()]);
    let patched = core
        .applications_partial_update("wiki", &model(json!({"name": "Team wiki"})))
        .await
        .unwrap();
    assert_eq!(patched.name, "Team wiki");
    let updated = core
        .applications_update("wiki", &model(json!({"name": "Docs", "slug": "wiki"})))
        .await
        .unwrap();
    assert_eq!(updated.name, "Docs");
    // A duplicate slug is refused like authentik does.
    match core
        .applications_create(&model(json!({"name": "Again", "slug": "wiki"})))
        .await
    {
        Err(Error::Validation(e)) => assert_eq!(e.status.as_u16(), 400),
        other => panic!("expected 400, got {other:?}"),
    }
    core.applications_destroy("wiki").await.unwrap();
    assert_not_found(core.applications_retrieve("wiki").await);
    fake.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oauth2_providers_crud_with_redirect_uris() {
    let (fake, client) = start().await;
    let providers = client.providers();
    let flow = uuid::Uuid::from_u128(7);
    let request: models::OAuth2ProviderRequest = model(json!({
        "name": "grafana",
        "authorization_flow": flow,
        "invalidation_flow": flow,
        "redirect_uris": [
            {"matching_mode": "strict", "url": "https://grafana.example.com/login"},
            {"matching_mode": "regex", "url": "https://.*\\.example\\.com/cb"}
        ]
    }));
    let created = providers.oauth2_create(&request).await.unwrap();
    assert_eq!(created.name, "grafana");
    let uris = serde_json::to_value(&created.redirect_uris).unwrap();
    assert_eq!(uris[0]["url"], "https://grafana.example.com/login");
    assert_eq!(uris[1]["matching_mode"], "regex");
    assert_eq!(
        providers.oauth2_retrieve(created.pk).await.unwrap(),
        created
    );
    let page = providers
        .oauth2_list(&providers::Oauth2ListParams {
            name: Some("grafana".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(page.results, vec![created.clone()]);

    // The legacy form (a newline-separated string, authentik < 2024.12) is
    // read into the same type and sent in the new form.
    let patch: models::PatchedOAuth2ProviderRequest = model(json!({
        "redirect_uris": "https://a.example.com/cb\nhttps://b.example.com/cb"
    }));
    let patched = providers
        .oauth2_partial_update(created.pk, &patch)
        .await
        .unwrap();
    // The fake writes every field of the nested objects, as authentik does
    // (`redirect_uri_type` defaults to its first value).
    let uris = serde_json::to_value(&patched.redirect_uris).unwrap();
    let kind = "authorization";
    assert_eq!(
        uris,
        json!([
            {"matching_mode": "strict", "url": "https://a.example.com/cb", "redirect_uri_type": kind},
            {"matching_mode": "strict", "url": "https://b.example.com/cb", "redirect_uri_type": kind}
        ])
    );
    let updated = providers.oauth2_update(created.pk, &request).await.unwrap();
    assert_eq!(
        serde_json::to_value(&updated.redirect_uris).unwrap()[1]["matching_mode"],
        "regex"
    );
    providers.oauth2_destroy(created.pk).await.unwrap();
    assert_not_found(providers.oauth2_retrieve(created.pk).await);
    fake.stop().await;
}
