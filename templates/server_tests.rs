//! Tests of the server runtime on a small hand-written table: parameter
//! parsing (styles, coercion, errors), body validation messages, examples.

use crate::runtime::server::table::{Api, Constraints, Ty};
use crate::runtime::server::validate::check;
use serde_json::{json, Value};

fn api() -> Api {
    let table = json!({
        "version": "1",
        "server_path": "/api/v3",
        "schemes": [["authentik", {"authorization": {"prefix": "bearer"}}]],
        "types": [
            {"name": "Mode", "kind": {"enum": {"values": ["strict", "regex"]}}},
            {"name": "Thing", "kind": {"struct": {"additional": null, "fields": [
                {"name": "name", "ty": "string", "required": true, "nullable": false,
                 "read_only": false, "write_only": false,
                 "constraints": {"min_length": 1, "max_length": 5, "pattern": "^[a-z]+$"}},
                {"name": "pk", "ty": {"integer": "i32"}, "required": true, "nullable": false,
                 "read_only": true, "write_only": false},
                {"name": "mode", "ty": {"named": 0}, "required": false, "nullable": true,
                 "read_only": false, "write_only": false},
                {"name": "tags", "ty": {"array": "uuid"}, "required": false, "nullable": false,
                 "read_only": false, "write_only": false, "constraints": {"max_items": 2}},
                {"name": "size", "ty": {"integer": "u32"}, "required": false, "nullable": false,
                 "read_only": false, "write_only": false, "constraints": {"minimum": 1, "maximum": 10}}
            ]}}}
        ],
        "operations": []
    });
    serde_json::from_value(table).expect("the test table parses")
}

fn errors(value: Value) -> Option<Value> {
    check(&api(), &Ty::Named(1), &value, &Constraints::default())
}

#[test]
fn valid_bodies_pass_and_read_only_fields_are_ignored() {
    assert_eq!(errors(json!({"name": "abc"})), None);
    assert_eq!(
        errors(json!({"name": "abc", "pk": "ignored", "mode": null})),
        None
    );
    assert_eq!(
        errors(json!({"name": "abc", "mode": "regex", "size": 10})),
        None
    );
}

#[test]
fn invalid_bodies_get_drf_shaped_messages() {
    assert_eq!(
        errors(json!({})),
        Some(json!({"name": ["This field is required."]}))
    );
    assert_eq!(
        errors(json!({"name": ""})),
        Some(json!({"name": ["This field may not be blank."]}))
    );
    assert_eq!(
        errors(json!({"name": "abcdef"})),
        Some(json!({"name": ["Ensure this field has no more than 5 characters."]}))
    );
    assert_eq!(
        errors(json!({"name": "ABC"})),
        Some(json!({"name": ["This value does not match the required pattern."]}))
    );
    assert_eq!(
        errors(json!({"name": "abc", "mode": "fuzzy", "size": 0})),
        Some(json!({
            "mode": ["\"fuzzy\" is not a valid choice."],
            "size": ["Ensure this value is greater than or equal to 1."]
        }))
    );
    assert_eq!(
        errors(json!({"name": "abc", "tags": ["x"]})),
        Some(json!({"tags": {"0": ["Must be a valid UUID."]}}))
    );
    assert_eq!(
        errors(json!({"name": "abc", "tags": [
            "00000000-0000-0000-0000-000000000001",
            "00000000-0000-0000-0000-000000000002",
            "00000000-0000-0000-0000-000000000003"
        ]})),
        Some(json!({"tags": ["Ensure this field has no more than 2 elements."]}))
    );
    assert_eq!(
        errors(json!("abc")),
        Some(json!(["Invalid data. Expected a dictionary, but got str."]))
    );
}

#[test]
fn examples_are_valid() {
    let api = api();
    let example = api.example(&Ty::Named(1));
    assert_eq!(example["name"], json!("strin"));
    assert_eq!(
        check(&api, &Ty::Named(1), &example, &Constraints::default()),
        None
    );
    assert_eq!(api.example(&Ty::Named(0)), json!("strict"));
}

#[test]
fn nesting_is_bounded() {
    let api = api();
    let mut value = json!("x");
    for _ in 0..200 {
        value = json!([value]);
    }
    let deep = Ty::Array(Box::new(Ty::Json));
    let mut ty = deep.clone();
    for _ in 0..200 {
        ty = Ty::Array(Box::new(ty));
    }
    // Deeply nested input is refused with a message, not a stack overflow.
    assert!(check(&api, &ty, &value, &Constraints::default()).is_some());
}

/// Form bodies and `deepObject` parameters: pairs typed by the schema's
/// fields, arrays from repeated keys, brackets for nesting.
#[test]
fn form_pairs_are_typed_by_the_fields() {
    use crate::runtime::server::form::object;
    let api = api();
    let pairs = [
        ("name", "abc"),
        ("size", "3"),
        ("tags", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
        ("tags", "4fa85f64-5717-4562-b3fc-2c963f66afa6"),
        ("other[deep][er]", "x"),
        ("a[b][c][d][e][f][g][h][i]", "too deep"),
    ];
    let value = object(
        &api,
        Some(&Ty::Named(1)),
        pairs.map(|(k, v)| (k, v.to_string())),
    );
    assert_eq!(
        value,
        json!({
            "name": "abc", "size": 3,
            "tags": ["3fa85f64-5717-4562-b3fc-2c963f66afa6", "4fa85f64-5717-4562-b3fc-2c963f66afa6"],
            "other": {"deep": {"er": "x"}}
        })
    );
    // What does not read as the field's type stays text, for validation.
    let value = object(&api, Some(&Ty::Named(1)), [("size", "big".to_string())]);
    assert_eq!(value, json!({"size": "big"}));
    assert!(errors(json!({"name": "abc", "size": "big"})).is_some());
    // A deepObject parameter's pairs, its name stripped: `[key]`.
    let value = object(&api, Some(&Ty::Named(1)), [("[size]", "4".to_string())]);
    assert_eq!(value, json!({"size": 4}));
}

/// Bodies of other media types reach the handler as the exact bytes sent;
/// text the schema types as a string must be UTF-8, and so must a form's
/// text fields (`400` otherwise). Over HTTP on 127.0.0.1.
#[cfg(feature = "client")]
#[tokio::test]
async fn raw_bodies_arrive_exactly_and_text_must_be_utf8() {
    use crate::runtime::server::{BoxReply, Input, Reply, Route, Server};
    use std::sync::Arc;

    let table = json!({
        "version": "1",
        "server_path": "",
        "schemes": [],
        "types": [
            {"name": "Upload", "kind": {"struct": {"additional": null, "fields": [
                {"name": "title", "ty": "string", "required": true, "nullable": false,
                 "read_only": false, "write_only": false}
            ]}}}
        ],
        "operations": [
            // Sorted by id, as the generator writes them.
            {"id": "blob", "tag": "t", "method": "PUT", "path": "/blob/", "security": [],
             "params": [], "responses": [],
             "body": {"required": true, "content": [
                 {"media_type": "application/octet-stream", "ty": "binary"}]}},
            {"id": "form", "tag": "t", "method": "POST", "path": "/form/", "security": [],
             "params": [], "responses": [],
             "body": {"required": true, "content": [
                 {"media_type": "multipart/form-data", "ty": {"named": 0}}]}},
            {"id": "text", "tag": "t", "method": "PUT", "path": "/text/", "security": [],
             "params": [], "responses": [],
             "body": {"required": true, "content": [
                 {"media_type": "text/plain", "ty": "string"}]}}
        ]
    });
    let api: &'static Api = Box::leak(Box::new(
        serde_json::from_value(table).expect("the test table parses"),
    ));
    // Each handler answers with the bytes it was given, as numbers.
    fn echo(_: Arc<()>, mut input: Input) -> BoxReply {
        Box::pin(async move { Ok(Reply::json(200, &input.raw().to_vec())) })
    }
    fn title(_: Arc<()>, mut input: Input) -> BoxReply {
        Box::pin(async move {
            let form = input.form::<Value>()?;
            Ok(Reply::json(200, &form.value))
        })
    }
    async fn json_of<T: serde::de::DeserializeOwned>(reply: reqwest::Response) -> T {
        let bytes = reply.bytes().await.expect("a body");
        serde_json::from_slice(&bytes).expect("a JSON body")
    }
    let service = Arc::new(());
    let router = Server::with_api(api)
        .routes([
            Route::new("blob", &service, echo),
            Route::new("text", &service, echo),
            Route::new("form", &service, title),
        ])
        .into_router();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let server = tokio::spawn(async move { axum::serve(listener, router).await });
    let http = reqwest::Client::new();
    let send = |path: &str, content_type: &str, body: Vec<u8>| {
        http.put(format!("{base}{path}"))
            .header("content-type", content_type)
            .body(body)
            .send()
    };

    let bytes = vec![0u8, 0xff, 0xfe, b'a', 0x80];
    let reply = send("/blob/", "application/octet-stream", bytes.clone())
        .await
        .expect("blob");
    assert_eq!(reply.status(), 200);
    assert_eq!(json_of::<Vec<u8>>(reply).await, bytes);

    let reply = send("/text/", "text/plain", "héllo".as_bytes().to_vec())
        .await
        .expect("text");
    assert_eq!(reply.status(), 200);
    assert_eq!(json_of::<Vec<u8>>(reply).await, "héllo".as_bytes());
    let reply = send("/text/", "text/plain", bytes.clone())
        .await
        .expect("text");
    assert_eq!(reply.status(), 400);
    let body: Value = json_of(reply).await;
    let detail = body["detail"].as_str().unwrap_or_default();
    assert!(detail.starts_with("Body is not valid UTF-8 text"), "{body}");

    let form = |title: Vec<u8>| {
        let mut body = b"--b\r\ncontent-disposition: form-data; name=\"title\"\r\n\r\n".to_vec();
        body.extend(title);
        body.extend(b"\r\n--b--\r\n");
        http.post(format!("{base}/form/"))
            .header("content-type", "multipart/form-data; boundary=b")
            .body(body)
            .send()
    };
    let reply = form(b"ok".to_vec()).await.expect("form");
    assert_eq!(reply.status(), 200);
    assert_eq!(json_of::<Value>(reply).await, json!({"title": "ok"}));
    let reply = form(vec![b'o', 0xff]).await.expect("form");
    assert_eq!(reply.status(), 400);
    let body = reply.text().await.expect("text");
    assert!(body.contains("is not valid UTF-8"), "{body}");
    server.abort();
}
