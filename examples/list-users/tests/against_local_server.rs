//! The example against a tiny HTTP server on 127.0.0.1 that serves two pages
//! of users (bounded: it answers at most four requests).

use authentik_api::client::Client;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

fn user(pk: u32, name: &str) -> String {
    format!(
        r#"{{"pk":{pk},"username":"{name}","name":"{name}","is_active":true,"last_login":null,"date_joined":"2024-09-27T14:26:18.315Z","is_superuser":false,"groups":[],"groups_obj":[],"roles":[],"roles_obj":[],"email":"","avatar":"","attributes":{{}},"uid":"u{pk}","path":"users","type":"internal","uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa{pk}","password_change_date":"2024-09-27T14:26:18.315Z","last_updated":"2024-09-27T14:26:18.315Z"}}"#
    )
}

fn page(current: u32, next: u32, users: &[String]) -> String {
    format!(
        r#"{{"pagination":{{"next":{next},"previous":0,"count":2,"current":{current},"total_pages":2,"start_index":1,"end_index":2}},"results":[{}],"autocomplete":{{}}}}"#,
        users.join(",")
    )
}

#[tokio::test(flavor = "current_thread")]
async fn lists_users_across_pages() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let mut seen = Vec::new();
        for _ in 0..4 {
            let Ok((mut socket, _)) = listener.accept().await else {
                break;
            };
            let mut buf = vec![0u8; 16 * 1024];
            let n = socket.read(&mut buf).await.unwrap();
            let request = String::from_utf8_lossy(&buf[..n]).into_owned();
            let target = request
                .split_whitespace()
                .nth(1)
                .unwrap_or_default()
                .to_string();
            let body = if target.contains("page=2") {
                page(2, 0, &[user(2, "bob")])
            } else {
                page(1, 2, &[user(1, "alice")])
            };
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            socket.write_all(reply.as_bytes()).await.unwrap();
            seen.push((
                target,
                request
                    .to_ascii_lowercase()
                    .contains("authorization: bearer secret"),
            ));
            if seen.len() == 2 {
                break;
            }
        }
        seen
    });
    let client = Client::builder(&url).token("secret").build().unwrap();
    let names = authentik_example_list_users::active_usernames(&client)
        .await
        .unwrap();
    assert_eq!(names, ["alice", "bob"]);
    let seen = server.await.unwrap();
    assert_eq!(seen.len(), 2);
    assert!(
        seen.iter()
            .all(|(target, authed)| target.starts_with("/api/v3/core/users/") && *authed),
        "{seen:?}"
    );
    assert!(
        seen[0].0.contains("is_active=true") && seen[0].0.contains("page_size=100"),
        "{seen:?}"
    );
}

/// A tiny server answering `replies` in order, one per connection; returns
/// the request lines it saw.
async fn serve(replies: Vec<(u16, String)>) -> (String, tokio::task::JoinHandle<Vec<String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let mut seen = Vec::new();
        for (status, body) in replies {
            let Ok((mut socket, _)) = listener.accept().await else {
                break;
            };
            let mut buf = vec![0u8; 16 * 1024];
            let n = socket.read(&mut buf).await.unwrap();
            let request = String::from_utf8_lossy(&buf[..n]).into_owned();
            seen.push(request.lines().next().unwrap_or_default().to_string());
            let reply = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            socket.write_all(reply.as_bytes()).await.unwrap();
        }
        seen
    });
    (url, server)
}

#[tokio::test(flavor = "current_thread")]
async fn connects_to_an_older_server_and_creates_users() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    // A 2024.8.3 server that leaves out a field every pinned schema
    // requires (`avatar`): corrected, and counted.
    let old_user = user(3, "carol").replace(r#""avatar":"","#, "");
    let (url, server) = serve(vec![
        (200, r#"{"version_current": "2024.8.3"}"#.to_string()),
        (201, old_user),
        (
            400,
            r#"{"username": ["This field must be unique."]}"#.to_string(),
        ),
    ])
    .await;
    let corrected = Arc::new(AtomicUsize::new(0));
    let client = authentik_example_list_users::connect(&url, "secret", Arc::clone(&corrected))
        .await
        .unwrap();
    assert_eq!(client.server_version().as_deref(), Some("2024.8.3"));
    let created = authentik_example_list_users::create_user(&client, "carol")
        .await
        .unwrap();
    assert_eq!(created.unwrap().username, "carol");
    assert_eq!(corrected.load(Ordering::Relaxed), 1, "avatar filled in");
    let taken = authentik_example_list_users::create_user(&client, "carol")
        .await
        .unwrap();
    assert!(taken.is_none());
    let seen = server.await.unwrap();
    assert!(
        seen[0].starts_with("GET /api/v3/admin/version/"),
        "{seen:?}"
    );
    assert!(seen[1].starts_with("POST /api/v3/core/users/"), "{seen:?}");
}
