//! Tests of the client runtime, through its public API, against a tiny
//! one-request-per-connection HTTP server on 127.0.0.1.

use crate::runtime::client::{
    ApiInfo, BuildError, ClientBuilder, CorrectionKind, Documented, Error, FilePart, Method,
    Multipart, Operation, Scheme, VersionProbe,
};
use crate::runtime::{self, FieldErrors};
use futures_core::Stream;
use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

static API: ApiInfo = ApiInfo {
    title: "test",
    version: "1",
    server_path: "/api/v3",
    schemes: &[
        (
            "main",
            Scheme::Header {
                name: "Authorization",
                prefix: "Bearer ",
            },
        ),
        (
            "agent",
            Scheme::Header {
                name: "Authorization",
                prefix: "Bearer+agent ",
            },
        ),
        ("key", Scheme::Query { name: "key" }),
    ],
    default_scheme: "main",
    agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
};

static LIST: Operation = Operation {
    id: "things_list",
    method: Method::Get,
    path: "/things/",
    security: &[&["main"], &[]],
    errors: &[
        (400, Documented::Validation),
        (403, Documented::Forbidden),
        (404, Documented::Other("No things")),
    ],
};

static GET: Operation = Operation {
    id: "things_retrieve",
    method: Method::Get,
    path: "/things/{id}/",
    security: &[&["main"]],
    errors: &[
        (400, Documented::Validation),
        (403, Documented::Forbidden),
        (404, Documented::NotFound),
        (405, Documented::MethodNotAllowed),
    ],
};

static UPLOAD: Operation = Operation {
    id: "things_upload",
    method: Method::Post,
    path: "/things/{id}/upload/",
    security: &[&["agent"]],
    errors: &[],
};

runtime::object! {
    #[derive(Debug, PartialEq)]
    pub struct Thing {
        pub pk: u32 => 0 "pk" req,
        pub name: Option<String> => 1 "name" opt,
    }
    required(0 pk)
}

runtime::object! {
    #[derive(Debug, Default)]
    pub struct Invalid {
        pub non_field_errors: Option<Vec<String>> => 0 "non_field_errors" opt,
    }
    required()
    rest(additional_properties: BTreeMap<String, FieldErrors>)
    seq(non_field_errors)
}

runtime::object! {
    #[derive(Debug)]
    pub struct Generic {
        pub detail: String => 0 "detail" req,
    }
    required(0 detail)
}

type E = Error<Invalid, Generic>;

/// What the server saw: request line and headers (lower-cased), body.
#[derive(Clone, Debug, Default)]
struct Seen {
    head: String,
    body: Vec<u8>,
}

/// Serve `replies` in order, one per connection, recording the requests.
async fn serve(replies: Vec<(u16, &'static str, Duration)>) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        for (status, reply_body, delay) in replies {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            let head_end = loop {
                let n = stream.read(&mut chunk).await.unwrap();
                if n == 0 {
                    break None;
                }
                buf.extend_from_slice(&chunk[..n]);
                if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    break Some(i + 4);
                }
            };
            let Some(head_end) = head_end else { continue };
            let head = String::from_utf8_lossy(&buf[..head_end]).to_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length: "))
                .map(|v| v.trim().parse().unwrap())
                .unwrap_or(0);
            let chunked = head.contains("transfer-encoding: chunked");
            let mut body = buf[head_end..].to_vec();
            loop {
                let complete = if chunked {
                    body.ends_with(b"0\r\n\r\n")
                } else {
                    body.len() >= length
                };
                if complete {
                    break;
                }
                let n = stream.read(&mut chunk).await.unwrap();
                if n == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..n]);
            }
            if chunked {
                body = dechunk(&body);
            }
            record.lock().unwrap().push(Seen { head, body });
            tokio::time::sleep(delay).await;
            let reply = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{reply_body}",
                reply_body.len()
            );
            let _ = stream.write_all(reply.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
    });
    (base, seen)
}

/// Decode a `Transfer-Encoding: chunked` body.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = raw.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(std::str::from_utf8(&raw[..i]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        out.extend_from_slice(&raw[i + 2..i + 2 + size]);
        raw = &raw[i + 2 + size + 2..];
    }
    out
}

fn ok(body: &'static str) -> (u16, &'static str, Duration) {
    (200, body, Duration::ZERO)
}

#[tokio::test]
async fn query_path_auth_and_success() {
    let (base, seen) = serve(vec![ok(r#"{"pk": 7}"#), ok(r#"{"pk": 8}"#)]).await;
    let client = ClientBuilder::new(&API, base.clone())
        .token("tok-123")
        .user_agent("ua-test")
        .on_request(|r| {
            r.headers_mut().insert("x-hook", "1".parse().unwrap());
        })
        .build()
        .unwrap();
    let mut request = client.request(&LIST);
    request.query("tags", &vec!["a b", "c,d"]);
    request.query_joined("in", &["x,y", "z"], ",");
    request.query("none", &None::<u32>);
    request.query("flag", &Some(true));
    request.query_joined("empty", &Vec::<String>::new(), ",");
    let thing: Thing = request
        .send_json::<Thing, Invalid, Generic>()
        .await
        .unwrap();
    assert_eq!(thing, Thing { pk: 7, name: None });

    // Anonymous: no token, no Authorization header.
    let anonymous = ClientBuilder::new(&API, format!("{base}/api/v3/"))
        .build()
        .unwrap();
    let _: Thing = anonymous
        .request(&LIST)
        .send_json::<Thing, Invalid, Generic>()
        .await
        .unwrap();

    let seen = seen.lock().unwrap().clone();
    let first = &seen[0].head;
    assert!(
        first
            .starts_with("get /api/v3/things/?tags=a%20b&tags=c%2cd&in=x%2cy,z&flag=true http/1.1"),
        "{first}"
    );
    assert!(
        first.contains("authorization: bearer tok-123\r\n"),
        "{first}"
    );
    assert!(first.contains("user-agent: ua-test\r\n"), "{first}");
    assert!(first.contains("x-hook: 1\r\n"), "{first}");
    assert!(first.contains("accept: application/json\r\n"), "{first}");
    let second = &seen[1].head;
    assert!(
        second.starts_with("get /api/v3/things/ http/1.1"),
        "{second}"
    );
    assert!(!second.contains("authorization"), "{second}");
    assert!(
        second.contains("user-agent: authentik-codegen-runtime/"),
        "{second}"
    );
}

#[tokio::test]
async fn error_statuses_are_typed() {
    let (base, _) = serve(vec![
        (
            400,
            r#"{"non_field_errors": ["bad"], "name": ["required"]}"#,
            Duration::ZERO,
        ),
        (403, r#"{"detail": "nope"}"#, Duration::ZERO),
        (404, "", Duration::ZERO),
        (418, "teapot", Duration::ZERO),
        (200, r#"{"pk": "seven"}"#, Duration::ZERO),
        (403, r#"{"detail": 1}"#, Duration::ZERO),
    ])
    .await;
    let client = ClientBuilder::new(&API, base)
        .token("s3cr3t")
        .build()
        .unwrap();
    let send = || client.request(&LIST).send_json::<Thing, Invalid, Generic>();

    match send().await.unwrap_err() {
        Error::Validation(e) => {
            assert_eq!(e.status.as_u16(), 400);
            assert_eq!(e.body.non_field_errors, Some(vec!["bad".to_string()]));
            assert_eq!(
                e.body.additional_properties["name"].messages(),
                ["required"]
            );
            assert!(String::from_utf8_lossy(&e.raw).contains("required"));
        }
        other => panic!("{other:?}"),
    }
    match send().await.unwrap_err() {
        Error::Forbidden(e) => assert_eq!(e.body.detail, "nope"),
        other => panic!("{other:?}"),
    }
    match send().await.unwrap_err() {
        Error::Status(e) => {
            assert_eq!(e.status.as_u16(), 404);
            assert_eq!(e.description, Some("No things"));
        }
        other => panic!("{other:?}"),
    }
    let e: E = send().await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(418));
    assert_eq!(e.body().map(|b| &b[..]), Some(&b"teapot"[..]));
    assert!(matches!(e, Error::UnexpectedStatus(_)));
    assert!(e.to_string().contains("undocumented status 418"), "{e}");
    match send().await.unwrap_err() {
        Error::Decode(e) => {
            assert_eq!(e.status.as_u16(), 200);
            assert_eq!(e.path, "pk");
            assert_eq!(&e.body[..], br#"{"pk": "seven"}"#);
        }
        other => panic!("{other:?}"),
    }
    // An error body that does not match its type is a decode error too, with the status.
    match send().await.unwrap_err() {
        Error::Decode(e) => {
            assert_eq!(e.status.as_u16(), 403);
            assert_eq!(e.path, "detail");
            assert!(!e.to_string().contains("s3cr3t"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn timeouts_and_transport_errors() {
    let (base, _) = serve(vec![(200, r#"{"pk": 1}"#, Duration::from_secs(5))]).await;
    let client = ClientBuilder::new(&API, base)
        .token("s3cr3t")
        .build()
        .unwrap();
    let quick = client.with_timeout(Duration::from_millis(200));
    let e = quick
        .request(&LIST)
        .send_json::<Thing, Invalid, Generic>()
        .await
        .unwrap_err();
    assert!(e.is_timeout(), "{e:?}");
    assert_eq!(e.operation(), "things_list");

    // Nothing listens on a port just released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = ClientBuilder::new(&API, format!("http://127.0.0.1:{port}"))
        .credential("key", "s3cr3t-key")
        .token("s3cr3t-token")
        .build()
        .unwrap();
    let e = client
        .request(&LIST)
        .send_json::<Thing, Invalid, Generic>()
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
    for text in [e.to_string(), format!("{e:?}"), format!("{client:?}")] {
        assert!(!text.contains("s3cr3t"), "{text}");
    }
}

#[tokio::test]
async fn multipart_and_pagination() {
    let (base, seen) = serve(vec![
        (204, "", Duration::ZERO),
        ok(r#"{"pagination": {"next": 2, "current": 1}, "results": [{"pk": 1}, {"pk": 2}]}"#),
        ok(r#"{"pagination": {"next": 0, "current": 2}, "results": [{"pk": 3}]}"#),
    ])
    .await;
    let client = ClientBuilder::new(&API, base)
        .credential("agent", "dev")
        .build()
        .unwrap();
    let mut request = client.request(&UPLOAD);
    request.path("id", "a b/c");
    let mut parts = Multipart::new();
    parts.file("file", FilePart::bytes("x.txt", &b"hello"[..]));
    parts.file_opt("other", None);
    parts.text("name", &Some("n"));
    parts.text("skip", &None::<String>);
    let reader = FilePart::reader("r.bin", &b"streamed"[..]);
    parts.file("reader", reader);
    request.multipart(parts);
    request.send_empty::<Invalid, Generic>().await.unwrap();

    let mut request = client.request(&LIST);
    request.query("page_size", &2);
    request.query("search", &"q");
    let mut stream = request.paginate::<Thing, Invalid, Generic>();
    let mut items = Vec::new();
    while let Some(item) = next(&mut stream).await {
        items.push(item.unwrap().pk);
    }
    assert_eq!(items, [1, 2, 3]);

    let seen = seen.lock().unwrap().clone();
    let upload = &seen[0];
    assert!(
        upload
            .head
            .starts_with("post /api/v3/things/a%20b%2fc/upload/ "),
        "{}",
        upload.head
    );
    assert!(upload.head.contains("authorization: bearer+agent dev\r\n"));
    assert!(upload
        .head
        .contains("content-type: multipart/form-data; boundary="));
    let body = String::from_utf8_lossy(&upload.body);
    assert!(body.contains("name=\"file\"; filename=\"x.txt\""), "{body}");
    assert!(body.contains("hello"), "{body}");
    assert!(body.contains("name=\"name\"\r\n\r\nn\r\n"), "{body}");
    assert!(body.contains("filename=\"r.bin\""), "{body}");
    assert!(body.contains("streamed"), "{body}");
    assert!(!body.contains("skip") && !body.contains("other"), "{body}");
    assert!(seen[1]
        .head
        .starts_with("get /api/v3/things/?page_size=2&search=q "));
    assert!(
        seen[2]
            .head
            .starts_with("get /api/v3/things/?search=q&page_size=2&page=2 ")
            || seen[2]
                .head
                .starts_with("get /api/v3/things/?page_size=2&search=q&page=2 "),
        "{}",
        seen[2].head
    );
}

#[tokio::test]
async fn responses_are_corrected_and_reported_unless_strict() {
    let replies = || {
        vec![
            ok(r#"{"name": null}"#),
            ok(r#"{"pagination": {"next": 0}, "results": [{"pk": 1}, {"name": "x"}]}"#),
            (
                400,
                r#"["Null characters are not allowed."]"#,
                Duration::ZERO,
            ),
        ]
    };
    let (base, _) = serve(replies()).await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    let client = ClientBuilder::new(&API, base)
        .on_correction(move |c| {
            for correction in c.corrections {
                record.lock().unwrap().push((
                    c.operation,
                    correction.path.clone(),
                    correction.kind,
                ));
            }
        })
        .build()
        .unwrap();
    let thing = client
        .request(&LIST)
        .send_json::<Thing, Invalid, Generic>()
        .await
        .unwrap();
    assert_eq!(thing, Thing { pk: 0, name: None });
    let mut stream = client.request(&LIST).paginate::<Thing, Invalid, Generic>();
    let mut items = Vec::new();
    while let Some(item) = next(&mut stream).await {
        items.push(item.unwrap());
    }
    assert_eq!(
        items[1],
        Thing {
            pk: 0,
            name: Some("x".into())
        }
    );
    match client
        .request(&LIST)
        .send_empty::<Invalid, Generic>()
        .await
        .unwrap_err()
    {
        Error::Validation(e) => assert_eq!(
            e.body.non_field_errors,
            Some(vec!["Null characters are not allowed.".to_string()])
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        *seen.lock().unwrap(),
        [
            ("things_list", "name".to_string(), CorrectionKind::NullField),
            (
                "things_list",
                "pk".to_string(),
                CorrectionKind::MissingField
            ),
            (
                "things_list",
                "results[1].pk".to_string(),
                CorrectionKind::MissingField
            ),
        ]
    );

    // Strict: the same bodies fail (the array form of the 400 is part of
    // its type, so it still decodes).
    let (base, _) = serve(replies()).await;
    let strict = ClientBuilder::new(&API, base).strict(true).build().unwrap();
    let e = strict
        .request(&LIST)
        .send_json::<Thing, Invalid, Generic>()
        .await
        .unwrap_err();
    assert!(matches!(&e, Error::Decode(d) if d.path == "name"), "{e:?}");
    let mut stream = strict.request(&LIST).paginate::<Thing, Invalid, Generic>();
    let e = next(&mut stream).await.unwrap().unwrap_err();
    assert!(
        matches!(&e, Error::Decode(d) if d.path == "results[1]"),
        "{e:?}"
    );
    let e = strict
        .request(&LIST)
        .send_empty::<Invalid, Generic>()
        .await
        .unwrap_err();
    assert!(e.validation_error().is_some(), "{e:?}");
}

#[tokio::test]
async fn not_found_and_method_not_allowed_are_typed() {
    let (base, _) = serve(vec![
        (
            404,
            r#"{"detail": "No Thing matches the given query."}"#,
            Duration::ZERO,
        ),
        (
            404,
            "<!DOCTYPE html><title>Not Found</title>",
            Duration::ZERO,
        ),
        (
            405,
            r#"{"detail": "Method \"DELETE\" not allowed."}"#,
            Duration::ZERO,
        ),
    ])
    .await;
    let client = ClientBuilder::new(&API, base).token("t").build().unwrap();
    let send = || {
        let mut request = client.request(&GET);
        request.path("id", &1);
        request.send_json::<Thing, Invalid, Generic>()
    };
    match send().await.unwrap_err() {
        Error::NotFound(e) => {
            assert_eq!(e.body.unwrap().detail, "No Thing matches the given query.")
        }
        other => panic!("{other:?}"),
    }
    let e: E = send().await.unwrap_err();
    assert!(
        e.is_not_found() && matches!(&e, Error::NotFound(e) if e.body.is_none()),
        "{e:?}"
    );
    let e: E = send().await.unwrap_err();
    assert!(e.is_method_not_allowed(), "{e:?}");
    assert!(
        matches!(&e, Error::MethodNotAllowed(e) if e.body.as_ref().unwrap().detail.contains("DELETE"))
    );
    // Undocumented, a 404 is still told apart.
    let (base, _) = serve(vec![(404, "", Duration::ZERO)]).await;
    let client = ClientBuilder::new(&API, base).build().unwrap();
    let e = client
        .request(&UPLOAD)
        .send_empty::<Invalid, Generic>()
        .await
        .unwrap_err();
    assert!(e.is_not_found() && matches!(e, Error::UnexpectedStatus(_)));
}

static VERSION: Operation = Operation {
    id: "version_retrieve",
    method: Method::Get,
    path: "/admin/version/",
    security: &[&["main"]],
    errors: &[],
};

static PROBE: VersionProbe = VersionProbe {
    operation: &VERSION,
    field: "version_current",
};

#[tokio::test]
async fn the_server_version_can_be_detected() {
    let (base, seen) = serve(vec![
        ok(r#"{"version_current": "2024.8.3", "outdated": false}"#),
        ok(r#"{"outdated": false}"#),
    ])
    .await;
    let client = ClientBuilder::new(&API, base).token("t").build().unwrap();
    assert_eq!(client.server_version(), None);
    let version = client
        .probe_version::<Invalid, Generic>(&PROBE)
        .await
        .unwrap();
    assert_eq!(version, "2024.8.3");
    assert_eq!(client.clone().server_version().as_deref(), Some("2024.8.3"));
    let e = client
        .probe_version::<Invalid, Generic>(&PROBE)
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::Decode(d) if d.path == "version_current"),
        "{e:?}"
    );
    assert_eq!(client.server_version().as_deref(), Some("2024.8.3"));
    assert!(seen.lock().unwrap()[0]
        .head
        .starts_with("get /api/v3/admin/version/ "));
}

async fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

#[test]
fn base_url_gets_the_server_path_once() {
    for (base, want) in [
        ("https://a.example", "https://a.example/api/v3"),
        ("https://a.example/", "https://a.example/api/v3"),
        ("https://a.example/api/v3", "https://a.example/api/v3"),
        ("https://a.example/api/v3/", "https://a.example/api/v3"),
        (
            "http://127.0.0.1:9000/auth/",
            "http://127.0.0.1:9000/auth/api/v3",
        ),
    ] {
        let client = ClientBuilder::new(&API, base).build().unwrap();
        assert_eq!(client.base_url(), want, "{base}");
    }
    for bad in ["a.example", "ftp://a.example", "https://a.example/?x=1", ""] {
        let err = ClientBuilder::new(&API, bad).build().unwrap_err();
        assert!(
            matches!(err, BuildError::InvalidBaseUrl(_)),
            "{bad}: {err:?}"
        );
    }
}

#[test]
fn secrets_stay_out_of_debug_and_build_errors() {
    let builder = ClientBuilder::new(&API, "https://a.example").token("s3cr3t-token");
    assert!(!format!("{builder:?}").contains("s3cr3t"));
    let client = builder.build().unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains("s3cr3t"), "{debug}");
    assert!(debug.contains("main"), "{debug}");
    let err = ClientBuilder::new(&API, "https://a.example")
        .token("s3cr3t\nbad")
        .build()
        .unwrap_err();
    assert!(!err.to_string().contains("s3cr3t"));
    assert!(!format!("{err:?}").contains("s3cr3t"));
    let err = ClientBuilder::new(&API, "https://a.example")
        .credential("nope", "s3cr3t")
        .build()
        .unwrap_err();
    assert!(matches!(err, BuildError::UnknownScheme(ref s) if s == "nope"));
    assert_eq!(
        client.timeout(),
        Some(crate::runtime::client::DEFAULT_TIMEOUT)
    );
    assert_eq!(client.with_timeout(None).timeout(), None);
}

/// `deepObject` query parameters and `application/x-www-form-urlencoded`
/// bodies (Stripe's, InvenTree's): brackets for nesting, arrays repeating
/// the key or indexed below an object, `null`s left out.
#[tokio::test]
async fn deep_objects_and_form_bodies() {
    let (base, seen) = serve(vec![ok(r#"{"pk": 1}"#)]).await;
    let client = ClientBuilder::new(&API, base).build().unwrap();
    let mut request = client.request(&LIST);
    request.query_deep(
        "filter",
        // Keys in order: the templates crate's serde_json sorts them.
        &serde_json::json!({"color": "red", "ids": [1, 2], "meta": {"a b": true}, "none": null, "size": 3}),
    );
    request.query_deep("absent", &None::<u32>);
    request.form_body(&serde_json::json!({
        "name": "a&b=c", "nested": {"k": 1.5}, "opt": null, "tags": ["x", "y"]
    }));
    let _: Thing = request
        .send_json::<Thing, Invalid, Generic>()
        .await
        .unwrap();
    let seen = seen.lock().unwrap().clone();
    let head = &seen[0].head;
    assert!(
        head.starts_with(
            "get /api/v3/things/?filter%5bcolor%5d=red&filter%5bids%5d%5b0%5d=1&filter%5bids%5d%5b1%5d=2\
             &filter%5bmeta%5d%5ba%20b%5d=true&filter%5bsize%5d=3 http/1.1"
        ),
        "{head}"
    );
    assert!(
        head.contains("content-type: application/x-www-form-urlencoded\r\n"),
        "{head}"
    );
    assert_eq!(
        String::from_utf8_lossy(&seen[0].body),
        "name=a%26b%3Dc&nested%5Bk%5D=1.5&tags=x&tags=y"
    );
}
