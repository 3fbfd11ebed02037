//! The generated client (`generated/authentik-api`, feature `client`)
//! against a small scripted HTTP server on 127.0.0.1: what Prism cannot
//! check (multipart uploads, query encoding, error statuses, decode errors,
//! timeouts, credentials, pagination).

use authentik_api::client::{self, core, policies, providers, schema, Client, Error, FilePart};
use authentik_api::models;
use futures_util::StreamExt;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A request as the server saw it.
#[derive(Clone, Debug)]
struct Seen {
    method: String,
    /// Path and query, as sent.
    target: String,
    /// Lower-cased names.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A reply: status, content type, body, delay.
struct Reply {
    status: u16,
    content_type: &'static str,
    body: String,
    delay: Duration,
}

fn json(status: u16, body: serde_json::Value) -> Reply {
    Reply {
        status,
        content_type: "application/json",
        body: body.to_string(),
        delay: Duration::ZERO,
    }
}

fn raw(status: u16, content_type: &'static str, body: &str) -> Reply {
    Reply {
        status,
        content_type,
        body: body.to_string(),
        delay: Duration::ZERO,
    }
}

/// A server on 127.0.0.1:0 answering with `replies` in order (one request
/// per connection), recording what it was sent. It stops with the test's runtime.
struct Server {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    async fn start(replies: Vec<Reply>) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = Arc::clone(&seen);
        tokio::spawn(async move {
            for reply in replies {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return;
                };
                let Some(request) = read_request(&mut stream).await else {
                    continue;
                };
                record.lock().unwrap().push(request);
                tokio::time::sleep(reply.delay).await;
                let head = format!(
                    "HTTP/1.1 {} Scripted\r\ncontent-type: {}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    reply.status,
                    reply.content_type,
                    reply.body.len()
                );
                let _ = stream.write_all(head.as_bytes()).await;
                let _ = stream.write_all(reply.body.as_bytes()).await;
                let _ = stream.shutdown().await;
            }
        });
        Server { base, seen }
    }

    fn client(&self) -> Client {
        Client::builder(&self.base)
            .token("test-token-123")
            .timeout(Duration::from_secs(20))
            .build()
            .unwrap()
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

async fn read_request(stream: &mut tokio::net::TcpStream) -> Option<Seen> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_string();
    let target = request_line.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let chunked = header("transfer-encoding").is_some_and(|v| v.contains("chunked"));
    let length: usize = header("content-length").map_or(0, |v| v.parse().unwrap());
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
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    if chunked {
        body = dechunk(&body);
    }
    Some(Seen {
        method,
        target,
        headers,
        body,
    })
}

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

fn page(next: u32, current: u32, results: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "pagination": {
            "next": next, "previous": 0, "count": 3, "current": current,
            "total_pages": 2, "start_index": 1, "end_index": 3
        },
        "results": results,
    })
}

fn reputation(pk: u32) -> serde_json::Value {
    serde_json::json!({
        "pk": format!("00000000-0000-0000-0000-00000000000{pk}"),
        "identifier": format!("user{pk}"),
        "ip": "127.0.0.1",
        "score": pk,
        "updated": "2026-01-01T00:00:00Z",
    })
}

#[tokio::test]
async fn query_parameters_use_the_schema_style() {
    let server = Server::start(vec![
        json(200, page(0, 1, serde_json::json!([]))),
        json(200, page(0, 1, serde_json::json!([]))),
    ])
    .await;
    let client = server.client();
    // `identifier_in` is `style: form, explode: false`: one comma-separated value.
    client
        .policies()
        .reputation_scores_list(&policies::ReputationScoresListParams {
            identifier_in: Some(vec!["a,b".into(), "c d".into()]),
            ordering: Some("-score".into()),
            page_size: Some(5),
            ..Default::default()
        })
        .await
        .unwrap();
    // Exploded arrays repeat the key; enums, booleans and dates use their wire form.
    let joined = chrono::DateTime::parse_from_rfc3339("2026-02-03T04:05:06Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    client
        .core()
        .users_list(&core::UsersListParams {
            groups_by_name: Some(vec!["admins".into(), "r&d".into()]),
            r#type: Some(vec![
                models::UserTypeEnum::Internal,
                models::UserTypeEnum::from("future_type"),
            ]),
            is_active: Some(true),
            date_joined_gt: Some(joined.into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let seen = server.seen();
    assert_eq!(seen[0].method, "GET");
    assert_eq!(
        seen[0].target,
        "/api/v3/policies/reputation/scores/?identifier_in=a%2Cb,c%20d&ordering=-score&page_size=5"
    );
    assert_eq!(
        seen[1].target,
        "/api/v3/core/users/?date_joined__gt=2026-02-03T04%3A05%3A06Z&groups_by_name=admins&groups_by_name=r%26d&is_active=true&type=internal&type=future_type"
    );
}

#[tokio::test]
async fn path_parameters_bodies_and_empty_responses() {
    let group = uuid::Uuid::from_u128(0x1234);
    let server = Server::start(vec![
        raw(204, "text/plain", ""),
        raw(200, "application/xml", "<md:EntityDescriptor/>"),
        raw(200, "application/json", "flow: export\n\u{1}binary"),
        raw(200, "application/yaml", "openapi: 3.0.3\n"),
        raw(200, "text/plain", ""),
    ])
    .await;
    let client = server.client();
    client
        .core()
        .groups_add_user_create(group, &models::UserAccountRequest { pk: 42 })
        .await
        .unwrap();
    let xml = client
        .providers()
        .saml_metadata_retrieve_xml(
            7,
            &providers::SamlMetadataRetrieveParams {
                download: Some(true),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(xml, "<md:EntityDescriptor/>");
    let export = client
        .flows()
        .instances_export_retrieve("my flow/slug")
        .await
        .unwrap();
    assert_eq!(&export[..], b"flow: export\n\x01binary");
    let yaml = client
        .schema()
        .retrieve_yaml(&schema::RetrieveParams::default())
        .await
        .unwrap();
    assert!(yaml.starts_with("openapi:"));
    client.core().groups_destroy(group).await.unwrap();

    let seen = server.seen();
    assert_eq!(seen[0].method, "POST");
    assert_eq!(
        seen[0].target,
        "/api/v3/core/groups/00000000-0000-0000-0000-000000001234/add_user/"
    );
    assert_eq!(seen[0].header("content-type"), Some("application/json"));
    assert_eq!(seen[0].body_text(), r#"{"pk":42}"#);
    assert_eq!(
        seen[1].target,
        "/api/v3/providers/saml/7/metadata/?download=true"
    );
    assert_eq!(seen[1].header("accept"), Some("application/xml"));
    assert_eq!(
        seen[2].target,
        "/api/v3/flows/instances/my%20flow%2Fslug/export/"
    );
    assert_eq!(seen[3].header("accept"), Some("application/yaml"));
    assert_eq!(seen[4].method, "DELETE");
    assert!(seen[4].body.is_empty());
}

#[tokio::test]
async fn multipart_uploads_stream_files_and_fields() {
    let server = Server::start(vec![
        raw(200, "text/plain", ""),
        json(200, serde_json::json!({"logs": [], "success": true})),
        json(
            201,
            serde_json::json!({
                "pk": 5, "name": "imported", "authorization_flow": uuid::Uuid::nil(),
                "invalidation_flow": uuid::Uuid::nil(), "component": "ak-provider-saml-form",
                "acs_url": "https://sp.example/acs", "assigned_application_slug": "a",
                "assigned_application_name": "a", "assigned_backchannel_application_slug": "b",
                "assigned_backchannel_application_name": "b", "verbose_name": "SAML Provider",
                "verbose_name_plural": "SAML Providers", "meta_model_name": "authentik_providers_saml.samlprovider",
                "url_download_metadata": "u", "url_sso_post": "u", "url_sso_redirect": "u", "url_sso_init": "u",
                "url_slo_post": "u", "url_slo_redirect": "u", "property_mappings": [], "backchannel_applications": [],
            }),
        ),
    ])
    .await;
    let client = server.client();
    // From bytes.
    client
        .admin()
        .file_create(client::admin::FileCreateForm {
            file: Some(FilePart::bytes("logo.png", &b"\x89PNG-bytes"[..])),
            name: Some("logo".into()),
            usage: None,
            clear: None,
        })
        .await
        .unwrap();
    // From a path, streamed.
    let dir = std::env::temp_dir().join(format!("client-http-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("blueprint.yaml");
    std::fs::write(&path, "version: 1\nentries: []\n").unwrap();
    client
        .managed()
        .blueprints_import_create(client::managed::BlueprintsImportCreateForm {
            file: Some(FilePart::path(&path).await.unwrap()),
            path: None,
            context: Some(r#"{"a": 1}"#.into()),
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_dir_all(&dir).unwrap();
    // From a reader, with typed fields.
    let flow = uuid::Uuid::from_u128(9);
    let result = client
        .providers()
        .saml_import_metadata_create(client::providers::SamlImportMetadataCreateForm {
            name: "imported".into(),
            authorization_flow: flow,
            invalidation_flow: flow,
            file: FilePart::reader("metadata.xml", &b"<EntityDescriptor/>"[..]),
        })
        .await;
    // The body is whatever the scripted server says; the request is what matters here.
    let _ = result;

    let seen = server.seen();
    let first = &seen[0];
    assert_eq!(first.target, "/api/v3/admin/file/");
    assert!(first
        .header("content-type")
        .unwrap()
        .starts_with("multipart/form-data; boundary="));
    let body = first.body_text();
    assert!(
        body.contains("name=\"file\"; filename=\"logo.png\"\r\n"),
        "{body}"
    );
    assert!(body.contains("\u{fffd}PNG-bytes"), "{body}");
    assert!(body.contains("name=\"name\"\r\n\r\nlogo\r\n"), "{body}");
    assert!(
        !body.contains("name=\"usage\"") && !body.contains("name=\"clear\""),
        "{body}"
    );

    let second = seen[1].body_text();
    assert!(second.contains("filename=\"blueprint.yaml\""), "{second}");
    assert!(second.contains("version: 1\nentries: []\n"), "{second}");
    assert!(
        second.contains("name=\"context\"\r\n\r\n{\"a\": 1}\r\n"),
        "{second}"
    );

    let third = seen[2].body_text();
    assert_eq!(seen[2].target, "/api/v3/providers/saml/import_metadata/");
    assert!(third.contains("filename=\"metadata.xml\""), "{third}");
    assert!(third.contains("<EntityDescriptor/>"), "{third}");
    assert!(
        third.contains(&format!("name=\"authorization_flow\"\r\n\r\n{flow}\r\n")),
        "{third}"
    );
}

#[tokio::test]
async fn error_statuses_are_typed() {
    let group = uuid::Uuid::from_u128(1);
    let server = Server::start(vec![
        json(
            400,
            serde_json::json!({"name": ["This field is required."], "code": "invalid"}),
        ),
        json(
            403,
            serde_json::json!({"detail": "You do not have permission."}),
        ),
        raw(404, "text/html", "<h1>Not found</h1>"),
        raw(502, "text/html", "bad gateway"),
        json(200, serde_json::json!({"pk": "not a uuid", "name": "g"})),
        raw(403, "text/html", "<h1>Forbidden</h1>"),
    ])
    .await;
    let client = server.client();

    let body = models::GroupRequest {
        name: String::new(),
        attributes: None,
        is_superuser: None,
        parent: None,
        parents: None,
        roles: None,
        users: None,
    };
    match client.core().groups_create(&body).await.unwrap_err() {
        Error::Validation(e) => {
            assert_eq!(e.status.as_u16(), 400);
            assert_eq!(e.body.code.as_deref(), Some("invalid"));
            assert_eq!(
                e.body.additional_properties["name"].messages(),
                ["This field is required."]
            );
        }
        other => panic!("{other:?}"),
    }
    match client
        .core()
        .groups_retrieve(group, &Default::default())
        .await
        .unwrap_err()
    {
        Error::Forbidden(e) => assert_eq!(e.body.detail, "You do not have permission."),
        other => panic!("{other:?}"),
    }
    // 404 is documented for add_user ("User not found"): raw body, description kept.
    let e = client
        .core()
        .groups_add_user_create(group, &models::UserAccountRequest { pk: 1 })
        .await
        .unwrap_err();
    match &e {
        Error::Status(s) => {
            assert_eq!(s.status.as_u16(), 404);
            assert_eq!(s.description, Some("User not found"));
            assert_eq!(s.text(), "<h1>Not found</h1>");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.operation(), "core_groups_add_user_create");
    // 502 is documented nowhere.
    let e = client.core().groups_destroy(group).await.unwrap_err();
    assert!(matches!(e, Error::UnexpectedStatus(_)), "{e:?}");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(e.body().map(|b| &b[..]), Some(&b"bad gateway"[..]));
    // A body that does not match the type: status, raw body and the failing field kept.
    match client
        .core()
        .groups_retrieve(group, &Default::default())
        .await
        .unwrap_err()
    {
        Error::Decode(d) => {
            assert_eq!(d.status.as_u16(), 200);
            assert_eq!(d.path, "pk");
            assert!(String::from_utf8_lossy(&d.body).contains("not a uuid"));
            assert!(d.to_string().contains("at `pk`"), "{d}");
        }
        other => panic!("{other:?}"),
    }
    // A documented 403 whose body is not the documented JSON: a decode error with the status.
    let e = client
        .core()
        .groups_retrieve(group, &Default::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::Decode(d) if d.status.as_u16() == 403),
        "{e:?}"
    );
    assert!(!e.to_string().contains("test-token-123"));
}

#[tokio::test]
async fn credentials_anonymous_access_user_agent_and_hook() {
    let server = Server::start(vec![
        raw(200, "application/json", "{}"),
        raw(200, "application/json", "{}"),
        raw(200, "application/json", "{}"),
        raw(200, "application/json", "{}"),
    ])
    .await;
    let config_fields = |r: Result<models::Config, Error>| match r {
        Ok(_) | Err(Error::Decode(_)) => {}
        Err(e) => panic!("{e}"),
    };
    // With a token: sent, also to an operation that allows anonymous access.
    let client = server.client();
    config_fields(client.root().config_retrieve().await);
    // Without: nothing sent.
    let anonymous = Client::builder(format!("{}/api/v3/", server.base))
        .user_agent("my-agent/1.0")
        .on_request(|request| {
            request
                .headers_mut()
                .insert("x-request-hook", "seen".parse().unwrap());
        })
        .build()
        .unwrap();
    config_fields(anonymous.root().config_retrieve().await);
    // A device token for the agent operations, through an injected reqwest client.
    let http = client::reqwest::Client::builder().build().unwrap();
    let agent = Client::builder(&server.base)
        .http_client(http)
        .token("main-token")
        .credential("authentik_device_auth", "device-token")
        .build()
        .unwrap();
    let _ = agent
        .endpoints()
        .agents_connectors_agent_config_retrieve()
        .await;
    let _ = agent.core().users_me_retrieve().await;

    let seen = server.seen();
    assert_eq!(seen[0].target, "/api/v3/root/config/");
    assert_eq!(
        seen[0].header("authorization"),
        Some("Bearer test-token-123")
    );
    assert!(seen[0]
        .header("user-agent")
        .unwrap()
        .starts_with("authentik-api/"));
    assert_eq!(seen[1].header("authorization"), None);
    assert_eq!(seen[1].header("user-agent"), Some("my-agent/1.0"));
    assert_eq!(seen[1].header("x-request-hook"), Some("seen"));
    assert_eq!(
        seen[2].header("authorization"),
        Some("Bearer+agent device-token")
    );
    // `[{authentik}, {authentik_device_auth}]`: the first alternative the client has.
    assert_eq!(seen[3].header("authorization"), Some("Bearer main-token"));

    for text in [format!("{client:?}"), format!("{agent:?}")] {
        assert!(
            !text.contains("test-token-123") && !text.contains("device-token"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn timeouts_default_and_per_request() {
    let slow = |body: &str| Reply {
        delay: Duration::from_secs(3),
        ..raw(200, "application/json", body)
    };
    let server = Server::start(vec![slow("{}"), slow("{}")]).await;
    let client = Client::builder(&server.base)
        .token("t")
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let e = client.root().config_retrieve().await.unwrap_err();
    assert!(e.is_timeout(), "{e:?}");
    let e = client
        .with_timeout(Duration::from_millis(100))
        .root()
        .config_retrieve()
        .await
        .unwrap_err();
    assert!(e.is_timeout(), "{e:?}");
    assert!(matches!(e, Error::Transport(_)));
}

#[tokio::test]
async fn pagination_walks_every_page_keeping_the_filters() {
    let server = Server::start(vec![
        json(
            200,
            page(2, 1, serde_json::json!([reputation(1), reputation(2)])),
        ),
        json(200, page(0, 2, serde_json::json!([reputation(3)]))),
    ])
    .await;
    let client = server.client();
    let params = policies::ReputationScoresListParams {
        identifier_in: Some(vec!["user1".into(), "user3".into()]),
        ordering: Some("score".into()),
        page_size: Some(2),
        ..Default::default()
    };
    let items: Vec<models::Reputation> = client
        .policies()
        .reputation_scores_list_stream(&params)
        .map(|item| item.unwrap())
        .collect()
        .await;
    let identifiers: Vec<&str> = items.iter().map(|r| r.identifier.as_str()).collect();
    assert_eq!(identifiers, ["user1", "user2", "user3"]);
    let seen = server.seen();
    assert_eq!(
        seen[0].target,
        "/api/v3/policies/reputation/scores/?identifier_in=user1,user3&ordering=score&page_size=2"
    );
    assert_eq!(
        seen[1].target,
        "/api/v3/policies/reputation/scores/?identifier_in=user1,user3&ordering=score&page_size=2&page=2"
    );
}

#[tokio::test]
async fn futures_can_be_spawned() {
    let server = Server::start(vec![raw(204, "text/plain", "")]).await;
    let client = server.client();
    // The future owns what it needs: no borrow of `client` outlives this line.
    let handle = tokio::spawn(client.core().groups_destroy(uuid::Uuid::nil()));
    drop(client);
    handle.await.unwrap().unwrap();
}

/// `server_version` makes the client write bodies in the form an older
/// server expects: `redirect_uris` as a newline-separated string before
/// 2024.12, the array of objects otherwise.
#[tokio::test]
async fn bodies_follow_the_server_version() {
    let server = Server::start(vec![
        raw(500, "text/plain", "x"),
        raw(500, "text/plain", "x"),
    ])
    .await;
    let body: models::PatchedOAuth2ProviderRequest = serde_json::from_value(serde_json::json!({
        "redirect_uris": [
            {"matching_mode": "strict", "url": "https://a.example/cb"},
            {"matching_mode": "strict", "url": "https://b.example/cb"}
        ]
    }))
    .unwrap();
    let old = Client::builder(&server.base)
        .token("t")
        .server_version("2024.8.3")
        .build()
        .unwrap();
    let _ = old.providers().oauth2_partial_update(1, &body).await;
    let _ = server
        .client()
        .providers()
        .oauth2_partial_update(1, &body)
        .await;
    let seen = server.seen();
    let sent = |i: usize| serde_json::from_slice::<serde_json::Value>(&seen[i].body).unwrap();
    assert_eq!(
        sent(0)["redirect_uris"],
        serde_json::json!("https://a.example/cb\nhttps://b.example/cb")
    );
    assert!(sent(1)["redirect_uris"].is_array());
}

/// `detect_server_version` asks the server (`GET /admin/version/`) and from
/// then on writes bodies for it, without being told the version.
#[tokio::test]
async fn the_detected_server_version_picks_the_body_form() {
    let server = Server::start(vec![
        json(200, serde_json::json!({"version_current": "2024.8.3", "version_latest": "2025.2.0",
            "version_latest_valid": true, "build_hash": "", "outdated": true, "outpost_outdated": false})),
        raw(500, "text/plain", "x"),
        json(200, serde_json::json!({"version_current": "2026.8.0-rc1"})),
        raw(500, "text/plain", "x"),
    ])
    .await;
    let client = server.client();
    let body: models::PatchedOAuth2ProviderRequest = serde_json::from_value(serde_json::json!({
        "redirect_uris": [{"matching_mode": "strict", "url": "https://a.example/cb"}]
    }))
    .unwrap();
    assert_eq!(client.detect_server_version().await.unwrap(), "2024.8.3");
    assert_eq!(client.server_version().as_deref(), Some("2024.8.3"));
    let _ = client.providers().oauth2_partial_update(1, &body).await;
    assert_eq!(
        client.detect_server_version().await.unwrap(),
        "2026.8.0-rc1"
    );
    let _ = client.providers().oauth2_partial_update(1, &body).await;
    let seen = server.seen();
    assert_eq!(seen[0].method, "GET");
    assert_eq!(seen[0].target, "/api/v3/admin/version/");
    assert_eq!(
        seen[0].header("authorization"),
        Some("Bearer test-token-123")
    );
    let sent = |i: usize| serde_json::from_slice::<serde_json::Value>(&seen[i].body).unwrap();
    assert_eq!(sent(1)["redirect_uris"], "https://a.example/cb");
    assert!(sent(3)["redirect_uris"].is_array());
}

/// Operations only older pinned releases have stay callable (and
/// `#[deprecated]`, with the releases that have them): each is sent with its
/// method and path, and a `404` of a newer server is typed.
#[tokio::test]
async fn operations_of_older_releases_are_callable_and_deprecated() {
    use authentik_codegen_tests::folded_dispatch::{OPERATIONS, REMOVED_OPERATIONS};
    assert!(!REMOVED_OPERATIONS.is_empty());
    let sources: String = std::fs::read_dir(
        authentik_codegen_tests::inputs::repo_root().join("generated/authentik-api/src/client"),
    )
    .unwrap()
    .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
    .collect();
    let replies = REMOVED_OPERATIONS
        .iter()
        .map(|_| json(404, serde_json::json!({"detail": "Not found."})))
        .collect();
    let server = Server::start(replies).await;
    let client = server.client();
    let mut called = 0;
    for (id, note) in REMOVED_OPERATIONS {
        // The method's docs say which releases have it; it is deprecated.
        let doc = format!("(`{id}`).\n    /// {note}\n");
        let start = sources
            .find(&doc)
            .unwrap_or_else(|| panic!("{id}: no `{note}` in its docs"));
        let signature = start + sources[start..].find("pub fn").unwrap();
        let attribute = format!("#[deprecated(note = \"{note}\")]");
        assert!(
            sources[start..signature].contains(&attribute),
            "{id}: not {attribute}"
        );
        let multipart = sources[signature..]
            .lines()
            .take(6)
            .any(|l| l.contains("form: "));
        let (_, method, template) = OPERATIONS.iter().find(|(i, _, _)| i == id).unwrap();
        // Integer or UUID keys.
        let count = template.matches('{').count();
        let mut result = None;
        let mut key = "";
        for candidate in ["1", "00000000-0000-0000-0000-000000000001"] {
            key = candidate;
            result = client::__call_operation(&client, id, &vec![key; count], None).await;
            if !matches!(result, Some(Err(Error::Request(_)))) {
                break;
            }
        }
        let Some(result) = result else {
            // Multipart bodies are not in `__call_operation`.
            assert!(multipart, "{id}: not callable");
            continue;
        };
        let e = result.unwrap_err();
        assert!(e.is_not_found(), "{id}: {e:?}");
        let seen = server.seen();
        let request = seen.last().unwrap();
        assert_eq!(&request.method, method, "{id}");
        let mut want = format!("/api/v3{template}");
        while let (Some(start), Some(end)) = (want.find('{'), want.find('}')) {
            want.replace_range(start..=end, key);
        }
        assert_eq!(request.target.split('?').next().unwrap(), want, "{id}");
        called += 1;
    }
    eprintln!(
        "{} operations of older releases, {called} called (the others take multipart bodies)",
        REMOVED_OPERATIONS.len()
    );
}
