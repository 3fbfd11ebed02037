//! The generated server (`generated/authentik-api`, feature `server`) on
//! 127.0.0.1: typed trait implementations called through real HTTP (by
//! reqwest and by the generated client), request validation (`400` in
//! authentik's `ValidationError` shape), credentials (`403`), body limit
//! (`413`), unknown routes (`404`), unimplemented operations (`501`, or
//! the trait's fallback) and multipart uploads.

use authentik_api::client::{self, core, Client, Error, FilePart};
use authentik_api::models;
use authentik_api::server::{self, admin::Admin, core::Core, Auth, Form, Server, ServerError};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const TOKEN: &str = "secret-token";

/// An upload as the server saw it: the form's `name` and the file's bytes.
type Upload = (Option<String>, Vec<u8>);

/// A typed implementation of a few `core` and `admin` operations.
#[derive(Clone, Default)]
struct Typed {
    groups: Arc<Mutex<Vec<models::Group>>>,
    seen_queries: Arc<Mutex<Vec<server::core::UsersListQuery>>>,
    uploads: Arc<Mutex<Vec<Upload>>>,
}

fn group_from(request: &models::GroupRequest) -> models::Group {
    let api = server::api();
    let index = api
        .types
        .iter()
        .position(|t| t.name == "Group")
        .expect("the table has Group");
    let mut value = api.example(&server::Ty::Named(index));
    value["name"] = json!(request.name);
    value["is_superuser"] = json!(request.is_superuser.unwrap_or_default());
    value["pk"] = json!(uuid::Uuid::from_u128(0x1234 + request.name.len() as u128));
    serde_json::from_value(value).expect("the example of Group is a Group")
}

impl Core for Typed {
    async fn groups_create(
        &self,
        auth: Auth,
        body: models::GroupRequest,
    ) -> server::Result<server::core::GroupsCreateResponse> {
        assert_eq!(auth.credential(), Some(TOKEN));
        let group = group_from(&body);
        self.groups.lock().unwrap().push(group.clone());
        Ok(server::core::GroupsCreateResponse::Created(group))
    }

    async fn groups_retrieve(
        &self,
        _auth: Auth,
        group_uuid: uuid::Uuid,
        _query: server::core::GroupsRetrieveQuery,
    ) -> server::Result<server::core::GroupsRetrieveResponse> {
        let groups = self.groups.lock().unwrap();
        match groups.iter().find(|g| g.pk == group_uuid) {
            Some(g) => Ok(server::core::GroupsRetrieveResponse::Ok(g.clone())),
            None => Err(ServerError::NotFound),
        }
    }

    async fn users_list(
        &self,
        _auth: Auth,
        query: server::core::UsersListQuery,
    ) -> server::Result<server::core::UsersListResponse> {
        self.seen_queries.lock().unwrap().push(query);
        let page = json!({
            "pagination": {"next": 0, "previous": 0, "count": 0, "current": 1,
                           "total_pages": 1, "start_index": 0, "end_index": 0},
            "results": [],
            "autocomplete": {}
        });
        Ok(server::core::UsersListResponse::Ok(
            serde_json::from_value(page).expect("an empty page"),
        ))
    }
}

impl Admin for Typed {
    async fn file_create(
        &self,
        _auth: Auth,
        body: Form<models::FileUploadRequest>,
    ) -> server::Result<server::admin::FileCreateResponse> {
        let file = body
            .file("file")
            .map(|f| f.bytes.clone())
            .unwrap_or_default();
        self.uploads
            .lock()
            .unwrap()
            .push((body.value.name.clone(), file));
        Ok(server::admin::FileCreateResponse::Ok)
    }
}

struct Running {
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = tokio::time::timeout(Duration::from_secs(10), &mut self.task).await;
    }
}

async fn serve(server: Server) -> Running {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let router = server.into_router();
    let task = tokio::spawn(async move {
        axum::serve(listener, router)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await
            .unwrap();
    });
    Running {
        base,
        stop: Some(tx),
        task,
    }
}

fn typed_server(typed: &Typed) -> Server {
    Server::new()
        .authenticate(|auth| auth.credential() == Some(TOKEN))
        .body_limit(64 * 1024)
        .core(typed.clone())
        .admin(typed.clone())
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

async fn call(
    method: reqwest::Method,
    url: String,
    token: Option<&str>,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = http().request(method, url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_methods_are_called_through_the_generated_client() {
    let typed = Typed::default();
    let running = serve(typed_server(&typed)).await;
    let client = Client::builder(&running.base).token(TOKEN).build().unwrap();

    let request = models::GroupRequest {
        name: "admins".into(),
        ..serde_json::from_value(json!({"name": "x"})).unwrap()
    };
    let created = client.core().groups_create(&request).await.unwrap();
    assert_eq!(created.name, "admins");
    let fetched = client
        .core()
        .groups_retrieve(created.pk, &core::GroupsRetrieveParams::default())
        .await
        .unwrap();
    assert_eq!(fetched, created);

    // An unknown key: the implementation's 404 reaches the client.
    match client
        .core()
        .groups_retrieve(uuid::Uuid::nil(), &Default::default())
        .await
    {
        Err(Error::NotFound(e)) => assert_eq!(e.status.as_u16(), 404),
        other => panic!("expected 404, got {other:?}"),
    }

    // Query parameters arrive typed, arrays exploded as the schema says.
    let params = core::UsersListParams {
        is_active: Some(true),
        page_size: Some(5),
        groups_by_name: Some(vec!["a b".into(), "c,d".into()]),
        ..Default::default()
    };
    client.core().users_list(&params).await.unwrap();
    let seen = typed.seen_queries.lock().unwrap().pop().unwrap();
    assert_eq!(seen.is_active, Some(true));
    assert_eq!(seen.page_size, Some(5));
    assert_eq!(
        seen.groups_by_name,
        Some(vec!["a b".to_string(), "c,d".to_string()])
    );

    // Multipart: the file's bytes and the text fields.
    let form = client::admin::FileCreateForm {
        clear: None,
        file: Some(FilePart::bytes("logo.png", vec![0u8, 159, 146, 150])),
        name: Some("logo".into()),
        usage: None,
    };
    client.admin().file_create(form).await.unwrap();
    let (name, bytes) = typed.uploads.lock().unwrap().pop().unwrap();
    assert_eq!(name.as_deref(), Some("logo"));
    assert_eq!(bytes, vec![0u8, 159, 146, 150]);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_requests_get_validation_errors() {
    let typed = Typed::default();
    let running = serve(typed_server(&typed)).await;
    let groups = format!("{}/api/v3/core/groups/", running.base);
    let post = reqwest::Method::POST;

    let (status, body) = call(post.clone(), groups.clone(), Some(TOKEN), Some(json!({}))).await;
    assert_eq!(
        (status, body),
        (400, json!({"name": ["This field is required."]}))
    );

    let (status, body) = call(
        post.clone(),
        groups.clone(),
        Some(TOKEN),
        Some(json!({"name": 5})),
    )
    .await;
    assert_eq!(
        (status, body),
        (400, json!({"name": ["Not a valid string."]}))
    );

    let (status, body) = call(
        post.clone(),
        groups.clone(),
        Some(TOKEN),
        Some(json!({"name": "ok", "users": ["x"], "parents": ["not-a-uuid"]})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["users"],
        json!({"0": ["A valid integer is required."]})
    );
    assert_eq!(body["parents"], json!({"0": ["Must be a valid UUID."]}));

    let (status, body) = call(post.clone(), groups.clone(), Some(TOKEN), Some(json!([1]))).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["non_field_errors"],
        json!(["Invalid data. Expected a dictionary, but got list."])
    );

    // Not JSON at all: DRF's `ParseError`.
    let response = http()
        .post(&groups)
        .bearer_auth(TOKEN)
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    let detail = body["detail"].as_str().unwrap_or_default();
    assert!(detail.starts_with("JSON parse error - "), "{body}");
    assert_eq!(body.as_object().map(|o| o.len()), Some(1), "{body}");

    // Query parameters: integers, enums, booleans.
    let users = format!("{}/api/v3/core/users/", running.base);
    let (status, body) = call(
        reqwest::Method::GET,
        format!("{users}?page=abc&is_active=maybe&type=robot"),
        Some(TOKEN),
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["page"], json!(["A valid integer is required."]));
    assert_eq!(body["is_active"], json!(["Must be a valid boolean."]));
    // A list parameter's item errors are one list (django-filter's shape).
    assert_eq!(body["type"], json!(["\"robot\" is not a valid choice."]));

    // A path parameter of the wrong type.
    let (status, _) = call(
        reqwest::Method::GET,
        format!("{groups}12/"),
        Some(TOKEN),
        None,
    )
    .await;
    assert_eq!(status, 400);

    // Length limits: a group name over 150 characters... (schema: no
    // maxLength on group names) -- a user name over 150 is refused.
    let (status, body) = call(
        post.clone(),
        users.clone(),
        Some(TOKEN),
        Some(json!({"username": "u".repeat(151), "name": "n"})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["username"],
        json!(["Ensure this field has no more than 150 characters."])
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_limits_and_unknown_routes() {
    let typed = Typed::default();
    let running = serve(typed_server(&typed)).await;
    let groups = format!("{}/api/v3/core/groups/", running.base);
    let get = reqwest::Method::GET;

    let (status, body) = call(
        get.clone(),
        format!("{groups}{}/", uuid::Uuid::nil()),
        None,
        None,
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(
        body,
        json!({"detail": "Authentication credentials were not provided."})
    );

    let (status, body) = call(get.clone(), groups.clone(), Some("wrong"), None).await;
    assert_eq!(status, 403);
    assert!(body["detail"].is_string());

    // A malformed header (not a bearer token).
    let response = http()
        .get(&groups)
        .header("authorization", format!("Basic {TOKEN}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);

    // Not implemented by `Typed`: 501, not a crash.
    let (status, body) = call(get.clone(), groups.clone(), Some(TOKEN), None).await;
    assert_eq!((status, body), (501, json!({"detail": "Not implemented."})));

    // Unknown routes, and a tag nobody registered.
    let (status, body) = call(
        get.clone(),
        format!("{}/api/v3/nope/", running.base),
        Some(TOKEN),
        None,
    )
    .await;
    assert_eq!((status, body), (404, json!({"detail": "Not found."})));
    let (status, _) = call(
        get.clone(),
        format!("{}/api/v3/stages/all/", running.base),
        Some(TOKEN),
        None,
    )
    .await;
    assert_eq!(status, 404);

    // Over the body limit (64 KiB here).
    let big = json!({"name": "x".repeat(100 * 1024)});
    let (status, _) = call(
        reqwest::Method::POST,
        groups.clone(),
        Some(TOKEN),
        Some(big),
    )
    .await;
    assert_eq!(status, 413);

    // A media type the operation does not accept.
    let response = http()
        .post(&groups)
        .bearer_auth(TOKEN)
        .header("content-type", "text/csv")
        .body("name\nx")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 415);

    // A method the path does not have: DRF's 405, with `Allow`.
    let response = http()
        .delete(&groups)
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 405);
    assert_eq!(
        response.headers()["allow"].to_str().unwrap(),
        "GET, POST, HEAD"
    );
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/json"
    );
    let body: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    assert_eq!(body, json!({"detail": "Method \"DELETE\" not allowed."}));
    running.stop().await;
}

/// `Server::drf_input`: requests read as authentik's DRF reads them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drf_input_coerces_and_answers_404_as_drf_does() {
    let typed = Typed::default();
    let running = serve(typed_server(&typed).drf_input(true)).await;
    let groups = format!("{}/api/v3/core/groups/", running.base);
    let users = format!("{}/api/v3/core/users/", running.base);

    // A number for a string is its text; a list is still refused.
    let (status, body) = call(
        reqwest::Method::POST,
        groups.clone(),
        Some(TOKEN),
        Some(json!({"name": 5, "is_superuser": "yes"})),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        (&body["name"], &body["is_superuser"]),
        (&json!("5"), &json!(true))
    );
    let (status, body) = call(
        reqwest::Method::POST,
        groups.clone(),
        Some(TOKEN),
        Some(json!({"name": ["x"]})),
    )
    .await;
    assert_eq!(
        (status, body),
        (400, json!({"name": ["Not a valid string."]}))
    );

    // An unreadable boolean filter is no filter; other values still count.
    let (status, body) = call(
        reqwest::Method::GET,
        format!("{users}?is_active=notabool&type=robot"),
        Some(TOKEN),
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body, json!({"type": ["\"robot\" is not a valid choice."]}));
    // An unparsable key or page: 404, as DRF's `get_object` and paginator answer.
    for (url, detail) in [
        (format!("{groups}12/"), "Not found."),
        (format!("{users}?page=abc"), "Invalid page."),
    ] {
        let (status, body) = call(reqwest::Method::GET, url.clone(), Some(TOKEN), None).await;
        assert_eq!((status, body), (404, json!({"detail": detail})), "{url}");
    }
    // Off by default: the same page is a validation error.
    let strict = serve(typed_server(&typed)).await;
    let (status, body) = call(
        reqwest::Method::GET,
        format!("{}/api/v3/core/users/?page=abc", strict.base),
        Some(TOKEN),
        None,
    )
    .await;
    assert_eq!(
        (status, &body["page"]),
        (400, &json!(["A valid integer is required."]))
    );
    strict.stop().await;
    running.stop().await;
}

#[test]
fn the_table_parses_and_covers_every_operation() {
    let api = server::api();
    assert_eq!(api.version, authentik_api::API_VERSION);
    assert_eq!(api.operations.len(), 1192);
    assert_eq!(api.server_path, "/api/v3");
    // Every example value of every named type is accepted by its own schema.
    for index in 0..api.types.len() {
        let ty = server::Ty::Named(index);
        let example = api.example(&ty);
        assert_eq!(
            server::validate::check(api, &ty, &example, &Default::default()),
            None,
            "example of {} = {example}",
            api.types[index].name
        );
    }
}

/// Query arrays are checked item by item (`count_steps` items have
/// `minLength: 1`), before the operation is dispatched.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn query_array_items_are_validated() {
    /// No events operation implemented: every one answers `501` once its
    /// request is valid.
    #[derive(Clone)]
    struct NoEvents;
    impl server::events::Events for NoEvents {}
    let running = serve(
        Server::new()
            .authenticate(|auth| auth.credential() == Some(TOKEN))
            .events(NoEvents),
    )
    .await;
    let stats = format!("{}/api/v3/events/events/stats/", running.base);
    for query in ["count_steps=", "count_steps=days%3D1&count_steps="] {
        let (status, body) = call(
            reqwest::Method::GET,
            format!("{stats}?{query}"),
            Some(TOKEN),
            None,
        )
        .await;
        assert_eq!(status, 400, "{query}: {body}");
        assert!(body.get("count_steps").is_some(), "{query}: {body}");
    }
    // Valid items pass validation and reach the (unimplemented) operation.
    let (status, _) = call(
        reqwest::Method::GET,
        format!("{stats}?count_steps=days%3D1"),
        Some(TOKEN),
        None,
    )
    .await;
    assert_eq!(status, 501);
    running.stop().await;
}

/// What [`Recorder`] saw: each call's operation id and parameters.
type Seen = Arc<Mutex<Vec<(String, serde_json::Map<String, Value>)>>>;

/// An untyped backend that records each call and answers `users_list`
/// with an empty page, `groups_list` with a page that does not match the
/// schema, and anything else `204`.
#[derive(Clone, Default)]
struct Recorder {
    seen: Seen,
}

impl server::Backend for Recorder {
    async fn handle(&self, call: server::Call) -> server::Result<server::Reply> {
        let id = call.op.id.clone();
        self.seen.lock().unwrap().push((id.clone(), call.params));
        Ok(match id.as_str() {
            "core_users_list" => server::Reply::json(
                200,
                &json!({
                    "pagination": {"next": 0, "previous": 0, "count": 0, "current": 1,
                                   "total_pages": 1, "start_index": 0, "end_index": 0},
                    "results": [],
                    "autocomplete": {}
                }),
            ),
            "core_groups_list" => server::Reply::json(200, &json!({"results": "not a list"})),
            _ => server::Reply::empty(204),
        })
    }
}

/// One operation implemented, the rest handed to a `Dynamic` backend.
struct Partial {
    fallback: server::Dynamic<Recorder>,
}

impl Core for Partial {
    fn fallback(&self) -> Option<&dyn server::Forward> {
        Some(&self.fallback)
    }

    async fn groups_retrieve(
        &self,
        _auth: Auth,
        _group_uuid: uuid::Uuid,
        _query: server::core::GroupsRetrieveQuery,
    ) -> server::Result<server::core::GroupsRetrieveResponse> {
        Err(ServerError::NotFound)
    }
}

/// The operations an implementation leaves out go to its trait's
/// `fallback()`: typed arguments reach the backend serialised, its reply is
/// checked against the schema (`500` if it does not match), and the
/// implemented operation never reaches it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unimplemented_operations_go_to_the_fallback() {
    let recorder = Recorder::default();
    let partial = Partial {
        fallback: server::Dynamic::new(recorder.clone()),
    };
    let running = serve(
        Server::new()
            .authenticate(|auth| auth.credential() == Some(TOKEN))
            .core(partial),
    )
    .await;
    let client = Client::builder(&running.base).token(TOKEN).build().unwrap();
    let seen = || recorder.seen.lock().unwrap().clone();

    // Implemented: the implementation answers, the backend sees nothing.
    match client
        .core()
        .groups_retrieve(uuid::Uuid::nil(), &Default::default())
        .await
    {
        Err(Error::NotFound(_)) => {}
        other => panic!("expected the implementation's 404, got {other:?}"),
    }
    assert!(seen().is_empty(), "{:?}", seen());

    // Left out: forwarded with its parameters, the backend's page returned.
    let params = core::UsersListParams {
        page_size: Some(5),
        ..Default::default()
    };
    let page = client.core().users_list(&params).await.unwrap();
    assert!(page.results.is_empty());
    let (id, params) = seen().pop().unwrap();
    assert_eq!(id, "core_users_list");
    assert_eq!(params.get("page_size"), Some(&json!(5)));

    // A path parameter, and a `204` reply.
    let group = uuid::Uuid::from_u128(7);
    client.core().groups_destroy(group).await.unwrap();
    let (id, params) = seen().pop().unwrap();
    assert_eq!(id, "core_groups_destroy");
    assert_eq!(params.get("group_uuid"), Some(&json!(group.to_string())));

    // A reply that does not match the schema is not sent: `500`.
    let (status, body) = call(
        reqwest::Method::GET,
        format!("{}/api/v3/core/groups/", running.base),
        Some(TOKEN),
        None,
    )
    .await;
    assert_eq!(status, 500, "{body}");
    assert_eq!(seen().pop().unwrap().0, "core_groups_list");
    running.stop().await;
}
