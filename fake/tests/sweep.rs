//! Every operation of the API over real HTTP on 127.0.0.1, through the
//! generated router and its typed response decoding: each viewset is
//! created, read, listed, updated and deleted, and every other operation is
//! called with example arguments. The fake must never answer `500` (a body
//! that does not match the schema) or `501`.

use authentik_api::server::table::{Location, Operation, SchemeKind};
use authentik_api::server::{Api, Ty};
use reqwest::{Client, Method, StatusCode, Url};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::time::Duration;

const TOKEN: &str = "sweep-token";

/// A parameter value as it is written in a URL.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

struct Sweep {
    api: &'static Api,
    client: Client,
    base: String,
}

impl Sweep {
    /// `Authorization` for the operation's first security alternative.
    fn authorization(&self, op: &Operation) -> Option<String> {
        let scheme = op.security.iter().find_map(|alt| alt.first())?;
        let (_, kind) = self.api.schemes.iter().find(|(name, _)| name == scheme)?;
        match kind {
            SchemeKind::Authorization { prefix } => Some(format!("{prefix} {TOKEN}")),
            _ => None,
        }
    }

    /// Example values of the required parameters (path ones overridden by `path`).
    fn url(&self, op: &Operation, path: &BTreeMap<String, String>) -> Url {
        let mut rendered = op.path.clone();
        let mut query = Vec::new();
        for param in &op.params {
            let value = match self.api.resolve(&param.ty) {
                Ty::Array(item) => self.api.example(item),
                ty => self.api.example(ty),
            };
            match param.location {
                Location::Path => {
                    let value = path
                        .get(&param.name)
                        .cloned()
                        .unwrap_or_else(|| text(&value));
                    rendered = rendered.replace(&format!("{{{}}}", param.name), &value);
                }
                Location::Query if param.required => query.push((param.name.clone(), text(&value))),
                _ => {}
            }
        }
        let mut url = Url::parse(&format!("{}{}", self.base, rendered)).expect("url");
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        url
    }

    async fn call(&self, op: &Operation, path: &BTreeMap<String, String>) -> (StatusCode, Value) {
        let method = Method::from_bytes(op.method.as_bytes()).expect("method");
        let mut request = self.client.request(method, self.url(op, path));
        if let Some(auth) = self.authorization(op) {
            request = request.header("authorization", auth);
        }
        if let Some(body) = &op.body {
            let content = body
                .content
                .iter()
                .find(|c| c.media_type == "application/json")
                .or(body.content.first());
            if let Some(content) = content {
                let value = content
                    .ty
                    .as_ref()
                    .map(|ty| self.api.example(ty))
                    .unwrap_or(Value::Object(Map::new()));
                if content.media_type == "multipart/form-data" {
                    let (content_type, bytes) = multipart(&value);
                    request = request.header("content-type", content_type).body(bytes);
                } else {
                    request = request
                        .header("content-type", content.media_type.as_str())
                        .body(serde_json::to_vec(&value).expect("json"));
                }
            }
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let bytes = response.bytes().await.expect("body");
        let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, value)
    }
}

/// A `multipart/form-data` body with one text part per field.
fn multipart(value: &Value) -> (String, Vec<u8>) {
    let boundary = "fake-sweep-boundary";
    let mut out = Vec::new();
    if let Value::Object(map) = value {
        for (name, v) in map {
            out.extend_from_slice(
                format!(
                    "--{boundary}\r\ncontent-disposition: form-data; name=\"{name}\"\r\n\r\n{}\r\n",
                    text(v)
                )
                .as_bytes(),
            );
        }
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), out)
}

fn failed(status: StatusCode) -> bool {
    status.is_server_error()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_over_http() {
    let server = authentik_fake::spawn(TOKEN).await.expect("spawn");
    let fake = server.fake().clone();
    let api = fake.api();
    let sweep = Sweep {
        api,
        client: Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client"),
        base: format!("{}{}", server.url(), api.server_path),
    };
    let mut failures = Vec::new();
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();

    // Viewsets: create, then every item operation on the created object.
    let mut done = std::collections::HashSet::new();
    for collection in fake.collections() {
        let key_param = fake.key_param(collection).expect("key").to_string();
        let on_collection = |op: &&Operation| op.path == collection;
        let item_path = format!("{collection}{{{key_param}}}/");
        let Some(create) = api
            .operations
            .iter()
            .filter(on_collection)
            .find(|op| op.method == "POST" && op.id.ends_with("_create"))
        else {
            continue;
        };
        let (status, body) = sweep.call(create, &BTreeMap::new()).await;
        done.insert(create.id.as_str());
        *statuses.entry(status.as_u16()).or_default() += 1;
        if failed(status) || status.is_client_error() {
            failures.push(format!("{} -> {status} {body}", create.id));
            continue;
        }
        let stored = fake.objects(collection).unwrap_or_default();
        let Some(object) = stored.last() else {
            failures.push(format!("{}: nothing stored", create.id));
            continue;
        };
        let key_field = if object.get(&key_param).is_some() {
            key_param.as_str()
        } else {
            "pk"
        };
        let Some(key) = object.get(key_field).map(text) else {
            continue;
        };
        let path = BTreeMap::from([(key_param.clone(), key)]);
        // Destroy last; the rest in table order.
        let mut item_ops: Vec<&Operation> = api
            .operations
            .iter()
            .filter(|op| op.path == collection || op.path.starts_with(&item_path))
            .filter(|op| op.id != create.id)
            .collect();
        item_ops.sort_by_key(|op| op.method == "DELETE" && op.path == item_path);
        for op in item_ops {
            let (status, body) = sweep.call(op, &path).await;
            done.insert(op.id.as_str());
            *statuses.entry(status.as_u16()).or_default() += 1;
            let crud = op.path == item_path || op.path == collection;
            if failed(status) || (crud && !status.is_success()) {
                failures.push(format!("{} -> {status} {body}", op.id));
            }
        }
    }

    // Everything else, with example arguments.
    for op in &api.operations {
        if done.contains(op.id.as_str()) {
            continue;
        }
        let (status, body) = sweep.call(op, &BTreeMap::new()).await;
        *statuses.entry(status.as_u16()).or_default() += 1;
        if failed(status) {
            failures.push(format!("{} -> {status} {body}", op.id));
        }
    }
    server.stop().await;
    eprintln!("statuses: {statuses:?}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
