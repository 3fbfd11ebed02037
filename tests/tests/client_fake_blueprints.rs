//! Downstream-style acceptance: the generated client against a fake
//! authentik started with authentik 2026.8.0-rc1's default blueprints
//! (`$AUTHENTIK_BLUEPRINTS_DIR`) does what a provisioning script does
//! against a fresh real authentik (the recorded `crud.jsonl` steps
//! `flows(lookup)/authorization` and `flows(lookup)/invalidation`): find
//! the default authorization and invalidation flows by slug, create an
//! OAuth2 provider using them, and an application using the provider.
//!
//! Under `CI=true` a missing `AUTHENTIK_BLUEPRINTS_DIR` fails the test.

use authentik_api::client::{core, flows, Client};
use authentik_api::models;
use authentik_codegen_tests::inputs;
use authentik_fake::blueprint::BLUEPRINTS_RELEASE;
use authentik_fake::Fake;
use serde_json::json;

const TOKEN: &str = "client-blueprints-token";

fn model<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("a valid request body")
}

/// The flow with this slug, looked up as a client would (a slug filter).
async fn flow_by_slug(client: &Client, slug: &str) -> models::Flow {
    let page = client
        .flows()
        .instances_list(&flows::InstancesListParams {
            slug: Some(slug.into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(page.results.len(), 1, "flows with slug {slug}");
    page.results.into_iter().next().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provider_and_application_on_default_flows() {
    let Some(dir) = inputs::env_dir("AUTHENTIK_BLUEPRINTS_DIR") else {
        return;
    };
    let root = dir.join(BLUEPRINTS_RELEASE);
    let fake = Fake::new();
    let report = fake
        .authentik_defaults(&root)
        .expect("the default blueprints apply");
    let server = authentik_fake::spawn_with(fake, TOKEN).await.unwrap();
    let client = Client::builder(server.url()).token(TOKEN).build().unwrap();

    let authorization =
        flow_by_slug(&client, "default-provider-authorization-implicit-consent").await;
    let invalidation = flow_by_slug(&client, "default-provider-invalidation-flow").await;
    assert_eq!(
        client
            .flows()
            .instances_retrieve("default-provider-authorization-implicit-consent")
            .await
            .unwrap(),
        authorization
    );
    assert_ne!(authorization.pk, invalidation.pk);

    let provider = client
        .providers()
        .oauth2_create(&model(json!({
            "name": "grafana",
            "authorization_flow": authorization.pk,
            "invalidation_flow": invalidation.pk,
            "client_type": "confidential",
            "redirect_uris": [
                {"matching_mode": "strict", "url": "https://grafana.example.com/login"}
            ]
        })))
        .await
        .unwrap();
    assert_eq!(provider.authorization_flow, authorization.pk);
    assert_eq!(provider.invalidation_flow, invalidation.pk);

    let application = client
        .core()
        .applications_create(&model(json!({
            "name": "Grafana",
            "slug": "grafana",
            "provider": provider.pk,
        })))
        .await
        .unwrap();
    assert_eq!(application.provider, Some(Some(provider.pk)));
    let found = client
        .core()
        .applications_list(&core::ApplicationsListParams {
            slug: Some("grafana".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(found.results, vec![application]);
    // The brand and admin a fresh server has are there too.
    let users = client
        .core()
        .users_list(&core::UsersListParams {
            username: Some("akadmin".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(users.results.len(), 1);
    assert!(report.created["/core/brands/"] == 1);
    server.stop().await;
}
