//! The build-script-generated client against a tiny HTTP server on 127.0.0.1
//! (bounded: one request).

use authentik_example_build_rs::authentik;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

#[tokio::test(flavor = "current_thread")]
async fn lists_applications() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = vec![0u8; 16 * 1024];
        let n = socket.read(&mut buf).await.unwrap();
        let request = String::from_utf8_lossy(&buf[..n]).into_owned();
        let body = r#"{"pagination":{"next":0,"previous":0,"count":1,"current":1,"total_pages":1,"start_index":1,"end_index":1},"results":[{"pk":"3fa85f64-5717-4562-b3fc-2c963f66afa6","pbm_uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"Grafana","slug":"grafana","provider_obj":null,"backchannel_providers_obj":[],"launch_url":null,"meta_launch_url":"","meta_icon":null,"meta_icon_url":null,"meta_icon_themed_urls":null,"meta_description":"","meta_publisher":"","policy_engine_mode":"any","group":""}],"autocomplete":{}}"#;
        let reply = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        socket.write_all(reply.as_bytes()).await.unwrap();
        request
    });
    let client = authentik::client::Client::builder(&url)
        .token("t")
        .build()
        .unwrap();
    let slugs = authentik_example_build_rs::application_slugs(&client)
        .await
        .unwrap();
    assert_eq!(slugs, ["grafana"]);
    let request = server.await.unwrap();
    assert!(
        request.starts_with("GET /api/v3/core/applications/"),
        "{request}"
    );
    // The default user agent names the crate that holds the generated code.
    assert!(
        request
            .to_ascii_lowercase()
            .contains("user-agent: authentik-example-build-rs/0.1.0 (authentik 2026.11.0-rc1)"),
        "{request}"
    );
}

#[test]
fn only_the_requested_tags_are_generated() {
    // `core` and `oauth2` exist; other tags' types were pruned.
    let _: Option<authentik::models::TokenModel> = None;
    let _: Option<authentik::models::User> = None;
    let code = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/authentik.rs")).unwrap();
    assert!(
        !code.contains("pub struct SAMLProvider "),
        "SAML types should be pruned"
    );
    assert!(
        !code.contains("fn stages("),
        "the stages tag should not be generated"
    );
}

/// The module's `Client` is its own type around the runtime's (which lives
/// in another crate and cannot be given a method per tag): the runtime
/// client's methods are reached through `Deref`, and `with_timeout` keeps
/// the wrapper, so the tag methods stay available.
#[test]
fn the_module_client_wraps_the_runtime_client() {
    let client = authentik::client::Client::builder("http://127.0.0.1:9")
        .timeout(std::time::Duration::from_secs(3))
        .build()
        .unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:9/api/v3");
    let shorter: authentik::client::Client =
        client.with_timeout(std::time::Duration::from_millis(5));
    assert_eq!(shorter.timeout(), Some(std::time::Duration::from_millis(5)));
    let _ = shorter.core();
    let runtime: &authentik_codegen_runtime::runtime::client::Client = &client;
    assert_eq!(runtime.timeout(), Some(std::time::Duration::from_secs(3)));
}
