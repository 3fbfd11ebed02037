//! The fake over real HTTP on 127.0.0.1: authentication, a group's whole
//! life, validation errors and unknown routes.

use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};
use std::time::Duration;

const TOKEN: &str = "test-token";

struct Api {
    client: Client,
    base: String,
}

impl Api {
    fn new(base_url: &str) -> Api {
        Api {
            client: Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("client"),
            base: format!("{base_url}/api/v3"),
        }
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let bytes = response.bytes().await.expect("body");
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
        };
        (status, body)
    }

    async fn call(&self, method: Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        self.send(method, path, Some(TOKEN), body).await
    }
}

/// The numbers of an object, by key. The `pagination` fields are `number`
/// in the schema, so they may come back as `1` or `1.0`.
fn numbers(value: &Value) -> Vec<(String, Option<f64>)> {
    let mut out: Vec<_> = value
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_f64())).collect())
        .unwrap_or_default();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[tokio::test]
async fn credentials_are_checked() {
    let server = authentik_fake::spawn(TOKEN).await.expect("spawn");
    assert!(
        server.url().starts_with("http://127.0.0.1:"),
        "{}",
        server.url()
    );
    let api = Api::new(server.url());

    let (status, body) = api.send(Method::GET, "/core/groups/", None, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(body["detail"].is_string(), "{body}");

    let (status, _) = api
        .send(Method::GET, "/core/groups/", Some("wrong"), None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, _) = api
        .send(
            Method::POST,
            "/core/groups/",
            Some("wrong"),
            Some(json!({"name": "x"})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        server.fake().objects("/core/groups/"),
        Some(vec![]),
        "nothing created"
    );

    let (status, _) = api.call(Method::GET, "/core/groups/", None).await;
    assert_eq!(status, StatusCode::OK);
    server.stop().await;
}

#[tokio::test]
async fn group_lifecycle() {
    let server = authentik_fake::spawn(TOKEN).await.expect("spawn");
    let api = Api::new(server.url());

    let (status, group) = api
        .call(
            Method::POST,
            "/core/groups/",
            Some(json!({"name": "admins", "is_superuser": true})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{group}");
    assert_eq!(group["name"], "admins");
    let pk = group["pk"].as_str().expect("pk").to_string();
    let item = format!("/core/groups/{pk}/");

    let (status, list) = api
        .call(Method::GET, "/core/groups/?search=ADM&ordering=-name", None)
        .await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(
        numbers(&list["pagination"]),
        numbers(&json!({"next": 0, "previous": 0, "count": 1, "current": 1,
            "total_pages": 1, "start_index": 1, "end_index": 1}))
    );
    assert_eq!(list["results"][0]["pk"], pk.as_str());
    assert!(list.get("autocomplete").is_some(), "{list}");

    let (status, got) = api.call(Method::GET, &item, None).await;
    assert_eq!((status, &got), (StatusCode::OK, &group));

    let (status, patched) = api
        .call(Method::PATCH, &item, Some(json!({"name": "renamed"})))
        .await;
    assert_eq!(status, StatusCode::OK, "{patched}");
    assert_eq!(
        (patched["name"].as_str(), patched["is_superuser"].as_bool()),
        (Some("renamed"), Some(true))
    );

    let (status, put) = api
        .call(
            Method::PUT,
            &item,
            Some(json!({"name": "put", "is_superuser": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{put}");
    assert_eq!(
        (put["name"].as_str(), put["is_superuser"].as_bool()),
        (Some("put"), Some(false))
    );
    assert_eq!(put["pk"], pk.as_str());

    let (status, body) = api.call(Method::DELETE, &item, None).await;
    assert_eq!((status, body), (StatusCode::NO_CONTENT, Value::Null));
    let (status, body) = api.call(Method::GET, &item, None).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::NOT_FOUND,
            json!({"detail": "No Group matches the given query."})
        )
    );
    let (status, _) = api.call(Method::DELETE, &item, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, body) = api.call(Method::GET, "/core/groups/?page=2", None).await;
    assert_eq!(
        (status, body),
        (StatusCode::NOT_FOUND, json!({"detail": "Invalid page."}))
    );
    server.stop().await;
}

#[tokio::test]
async fn bad_requests_and_unknown_routes() {
    let server = authentik_fake::spawn(TOKEN).await.expect("spawn");
    let api = Api::new(server.url());

    // `name` is required and must be a string (or a number, which DRF's
    // `CharField` takes as its text).
    let (status, body) = api
        .call(
            Method::POST,
            "/core/groups/",
            Some(json!({"is_superuser": true})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body["name"].is_array(), "{body}");
    let (status, body) = api
        .call(Method::POST, "/core/groups/", Some(json!({"name": ["x"]})))
        .await;
    assert_eq!(
        (status, body),
        (
            StatusCode::BAD_REQUEST,
            json!({"name": ["Not a valid string."]})
        )
    );
    assert_eq!(server.fake().objects("/core/groups/"), Some(vec![]));
    let (status, body) = api
        .call(Method::POST, "/core/groups/", Some(json!({"name": 5})))
        .await;
    assert_eq!((status, &body["name"]), (StatusCode::CREATED, &json!("5")));
    // Names of groups are unique, with Django's message.
    let (status, body) = api
        .call(Method::POST, "/core/groups/", Some(json!({"name": "5"})))
        .await;
    assert_eq!(
        (status, body),
        (
            StatusCode::BAD_REQUEST,
            json!({"name": ["group with this name already exists."]})
        )
    );

    // Duplicate slugs.
    let app = json!({"name": "App", "slug": "app"});
    let (status, _) = api
        .call(Method::POST, "/core/applications/", Some(app.clone()))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = api
        .call(Method::POST, "/core/applications/", Some(app))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body["slug"].is_array(), "{body}");
    let (status, _) = api.call(Method::GET, "/core/applications/app/", None).await;
    assert_eq!(status, StatusCode::OK);

    // A key that is not a valid UUID or integer: DRF's plain 404.
    for path in ["/core/groups/not-a-uuid/", "/core/users/abc/"] {
        let (status, body) = api.call(Method::GET, path, None).await;
        assert_eq!(
            (status, body),
            (StatusCode::NOT_FOUND, json!({"detail": "Not found."})),
            "{path}"
        );
    }

    for path in ["/nope/", "/core/groups/a/b/c/", "/../../etc/passwd"] {
        let (status, body) = api.call(Method::GET, path, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
    }
    let response = api
        .client
        .get(format!("{}/", server.url()))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    server.stop().await;
}

#[tokio::test]
async fn integer_keys_and_other_operations() {
    let server = authentik_fake::spawn(TOKEN).await.expect("spawn");
    let api = Api::new(server.url());

    let mut pks = Vec::new();
    for name in ["a", "b", "c"] {
        let (status, user) = api
            .call(
                Method::POST,
                "/core/users/",
                Some(json!({"username": name, "name": name})),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{user}");
        pks.push(user["pk"].clone());
    }
    assert_eq!(pks, vec![json!(1), json!(2), json!(3)]);
    let (status, page) = api
        .call(
            Method::GET,
            "/core/users/?page_size=2&page=2&ordering=username",
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["pagination"]["previous"].as_f64(), Some(1.0));
    assert_eq!(page["results"][0]["username"], "c");
    let (status, page) = api.call(Method::GET, "/core/users/?username=b", None).await;
    assert_eq!(
        (status, page["pagination"]["count"].as_f64()),
        (StatusCode::OK, Some(1.0))
    );

    // Not CRUD: an example of the documented body.
    let (status, me) = api.call(Method::GET, "/core/users/me/", None).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert!(me["user"].is_object(), "{me}");
    let (status, config) = api.call(Method::GET, "/root/config/", None).await;
    assert_eq!(status, StatusCode::OK, "{config}");
    server.stop().await;
}

#[tokio::test]
async fn dropping_stops_the_server() {
    let server = authentik_fake::spawn(TOKEN).await.expect("spawn");
    let addr = server.addr();
    drop(server);
    // The listener is closed once the task is gone; give it a moment.
    let mut closed = false;
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            closed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(closed, "still listening on {addr}");
}
