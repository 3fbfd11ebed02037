//! The generated client against an independent server: Prism
//! (`@stoplight/prism-cli`, pinned in the repository's package.json and
//! installed by `npm ci`) mocking the newest pinned schema with dynamic
//! responses. Every GET operation that needs no argument is called (the
//! list comes from the schema, at test time) and its response must decode;
//! a sample of viewsets is created, read, updated and deleted with bodies
//! built from the models.
//!
//! Prism serves the paths as written in the schema and ignores the server
//! path, so it is given a copy of the schema whose paths carry the server
//! path (`/api/v3/...`): the client then joins its base URL as it would for
//! a real server. Outside CI a missing Prism or schema skips the test; under
//! `CI=true` it fails.

use authentik_api::client::{self, core, Client, Error};
use authentik_api::models;
use authentik_codegen_tests::inputs;
use futures_util::StreamExt;
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long Prism may take to start listening.
const START_DEADLINE: Duration = Duration::from_secs(60);

/// A Prism mock server, killed on drop, with its schema copy and log in a temp dir.
struct Prism {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Prism {
    /// Start Prism on the newest pinned schema; `None` (skipped) when Prism
    /// or the schema is missing outside CI.
    fn start() -> Option<Prism> {
        let spec = inputs::fetched_spec(&inputs::latest())?;
        let bin = inputs::repo_root().join("node_modules/.bin/prism");
        if !bin.exists() {
            let message = format!(
                "{} is missing: run `npm ci` at the repository root",
                bin.display()
            );
            if inputs::is_ci() {
                panic!("{message}");
            }
            eprintln!("skipped: {message}");
            return None;
        }
        let dir = std::env::temp_dir().join(format!("authentik-prism-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let served = dir.join("schema.json");
        write_prefixed_spec(&spec, &served);
        let port = free_port();
        let log = std::fs::File::create(dir.join("prism.log")).unwrap();
        let child = Command::new(&bin)
            .args(["mock", "-d", "-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(&served)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
        let mut prism = Prism { child, port, dir };
        prism.wait_until_listening();
        Some(prism)
    }

    fn wait_until_listening(&mut self) {
        let started = Instant::now();
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        loop {
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return;
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("Prism exited ({status}) before listening:\n{}", self.log());
            }
            if started.elapsed() > START_DEADLINE {
                panic!(
                    "Prism did not listen on {addr} within {START_DEADLINE:?}:\n{}",
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn log(&self) -> String {
        let text = std::fs::read_to_string(self.dir.join("prism.log")).unwrap_or_default();
        let mut start = text.len().saturating_sub(4000);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        text[start..].to_string()
    }

    fn client(&self) -> Client {
        Client::builder(format!("http://127.0.0.1:{}", self.port))
            .token("prism-token")
            .credential("authentik_device_auth", "prism-device-token")
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap()
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The schema as JSON, every path prefixed with the server path, no `servers`.
fn write_prefixed_spec(spec: &Path, out: &Path) {
    let mut doc: serde_json::Value =
        serde_yaml::from_str(&std::fs::read_to_string(spec).unwrap()).unwrap();
    let server = doc["servers"][0]["url"]
        .as_str()
        .unwrap_or("")
        .trim_end_matches('/')
        .to_string();
    let paths = doc["paths"].as_object().unwrap().clone();
    let prefixed: serde_json::Map<String, serde_json::Value> = paths
        .into_iter()
        .map(|(path, item)| (format!("{server}{path}"), item))
        .collect();
    doc["paths"] = serde_json::Value::Object(prefixed);
    doc.as_object_mut().unwrap().remove("servers");
    std::fs::write(out, serde_json::to_vec(&doc).unwrap()).unwrap();
}

/// GET operations with no path parameter and no other required parameter, from the schema.
fn argument_free_gets(spec: &Path) -> Vec<String> {
    let doc: serde_json::Value =
        serde_yaml::from_str(&std::fs::read_to_string(spec).unwrap()).unwrap();
    let resolve = |p: &serde_json::Value| -> serde_json::Value {
        match p.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => {
                let name = r.rsplit('/').next().unwrap();
                doc["components"]["parameters"][name].clone()
            }
            None => p.clone(),
        }
    };
    let mut ids = Vec::new();
    for item in doc["paths"].as_object().unwrap().values() {
        let Some(get) = item.get("get") else { continue };
        let params = item["parameters"]
            .as_array()
            .into_iter()
            .chain(get["parameters"].as_array())
            .flatten()
            .map(resolve);
        let needs_argument = params
            .into_iter()
            .any(|p| p["in"] == "path" || p["required"] == true);
        if !needs_argument {
            ids.push(get["operationId"].as_str().unwrap().to_string());
        }
    }
    ids.sort();
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_argument_free_get_decodes_and_crud_works() {
    let Some(prism) = Prism::start() else { return };
    let spec = inputs::fetched_spec(&inputs::latest()).unwrap();
    let client = prism.client();

    let ids = argument_free_gets(&spec);
    assert!(
        ids.len() > 200,
        "expected the 2026 schema's GETs, found {}",
        ids.len()
    );
    // The dispatch has the operations of older releases too (Prism mocks
    // the newest schema, which lacks them).
    let removed = authentik_codegen_tests::folded_dispatch::REMOVED_OPERATIONS;
    let mut dispatch: Vec<&str> = client::__DISPATCH_OPERATIONS
        .iter()
        .copied()
        .filter(|id| !removed.iter().any(|(r, _)| r == id))
        .collect();
    dispatch.sort_unstable();
    assert_eq!(
        ids, dispatch,
        "the schema's argument-free GETs and the generated dispatch differ"
    );

    let results: Vec<(String, Result<serde_json::Value, Error>)> = futures_util::stream::iter(ids)
        .map(|id| {
            let client = client.clone();
            async move {
                let result = client::__call_by_operation_id(&client, &id)
                    .await
                    .unwrap_or_else(|| panic!("{id} is not dispatched"));
                (id, result)
            }
        })
        .buffer_unordered(4)
        .collect()
        .await;
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(id, r)| r.as_ref().err().map(|e| format!("{id}: {e}")))
        .collect();
    eprintln!(
        "Prism: {} argument-free GET operations called, {} decoded",
        results.len(),
        results.len() - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} operations failed:\n{}\n--- Prism log (end) ---\n{}",
        failures.len(),
        results.len(),
        failures.join("\n"),
        prism.log()
    );

    crud(&client).await;
    other_shapes(&client).await;
    security(&prism).await;
}

/// Prism checks credentials: without a token only the operations that allow
/// anonymous access answer.
async fn security(prism: &Prism) {
    let anonymous = Client::builder(format!("http://127.0.0.1:{}", prism.port))
        .build()
        .unwrap();
    let e = anonymous
        .core()
        .users_list(&Default::default())
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(401), "{e:?}");
    assert!(matches!(e, Error::UnexpectedStatus(_)), "{e:?}");
    anonymous
        .root()
        .config_retrieve()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Create, read, update, partially update, delete, on a sample of viewsets.
async fn crud(client: &Client) {
    let core = client.core();
    let group = models::GroupRequest {
        name: "prism group".into(),
        attributes: Some([("team".to_string(), serde_json::json!("a"))].into()),
        is_superuser: Some(false),
        parent: Some(None),
        parents: Some(vec![]),
        roles: Some(vec![]),
        users: Some(vec![1, 2]),
    };
    let created = core
        .groups_create(&group)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let read = core
        .groups_retrieve(created.pk, &core::GroupsRetrieveParams::default())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let _ = read;
    core.groups_update(created.pk, &group)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    core.groups_partial_update(
        created.pk,
        &models::PatchedGroupRequest {
            name: Some("renamed".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    core.groups_destroy(created.pk)
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    let flows = client.flows();
    let flow = models::FlowRequest {
        name: "Prism flow".into(),
        slug: "prism-flow".into(),
        title: "Prism flow".into(),
        designation: models::FlowDesignationEnum::Authentication,
        authentication: None,
        background: None,
        compatibility_mode: Some(true),
        denied_action: None,
        layout: None,
        policy_engine_mode: None,
    };
    let created = flows
        .instances_create(&flow)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    flows
        .instances_update(&created.slug, &flow)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    flows
        .instances_destroy(&created.slug)
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    let tokens = client.core();
    let token = models::TokenRequest {
        identifier: "prism-token".into(),
        description: Some("made by the client tests".into()),
        expires: Some(None),
        expiring: Some(false),
        intent: Some(models::IntentEnum::Api),
        managed: None,
        user: None,
    };
    let created = tokens
        .tokens_create(&token)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    tokens
        .tokens_destroy(&created.identifier)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Text and bytes bodies, a documented 404-free path, pagination.
async fn other_shapes(client: &Client) {
    let xml = client
        .providers()
        .saml_metadata_retrieve_xml(1, &Default::default())
        .await;
    assert!(xml.is_ok(), "{xml:?}");
    let metadata = client
        .providers()
        .saml_metadata_retrieve(1, &Default::default())
        .await;
    assert!(metadata.is_ok(), "{metadata:?}");
    let export = client.flows().instances_export_retrieve("some-flow").await;
    assert!(export.is_ok(), "{export:?}");
    // Prism's pages have random numbers: take a few items.
    let users: Vec<Result<models::User, Error>> = client
        .core()
        .users_list_stream(&core::UsersListParams {
            page_size: Some(3),
            ..Default::default()
        })
        .take(5)
        .collect()
        .await;
    for user in users {
        user.unwrap_or_else(|e| panic!("{e}"));
    }
}
