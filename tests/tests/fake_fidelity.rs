//! The fake against a real authentik: every recorded request of
//! `get-sweep`, `crud` and `errors` (`$AUTHENTIK_CASSETTES_DIR`, authentik
//! 2026.8.0-rc1) is sent, as recorded, to `authentik-fake` on 127.0.0.1,
//! and the answer is compared with the recorded one: status, content type,
//! and the body's shape (the keys of every object, the kind of every value,
//! the pagination block, the error shape, and the text of error messages).
//!
//! The fake starts as a fresh authentik does, from authentik's default
//! blueprints and the bootstrap blueprint (`$AUTHENTIK_BLUEPRINTS_DIR`), so
//! lookups by slug find what the real server found. Keys the real server
//! assigned (`pk`s, UUIDs) are mapped to the fake's as they appear in
//! answers, so later requests name the fake's objects.
//!
//! A fidelity table is printed. Every difference left is listed in
//! [`EXCEPTIONS`] with its reason; the test fails on a difference that is
//! not, and on an exception that no longer happens.

use authentik_codegen_tests::cassettes::{self, Exchange};
use authentik_codegen_tests::inputs;
use authentik_fake::blueprint::BLUEPRINTS_RELEASE;
use authentik_fake::{BlueprintOptions, Fake};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

/// The token the recordings carry for the admin (`<admin-token>`).
const TOKEN: &str = "<admin-token>";

/// A difference the fake keeps, where, and why.
struct Exception {
    file: &'static str,
    /// The exchange's step (an operation id, or the probe's step name).
    step: &'static str,
    /// `status`, `content-type`, or a JSON path prefix (`results[].x`).
    at: &'static str,
    reason: &'static str,
}

const fn ex(
    file: &'static str,
    step: &'static str,
    at: &'static str,
    reason: &'static str,
) -> Exception {
    Exception {
        file,
        step,
        at,
        reason,
    }
}

/// Release differences: this crate (and so the fake) is the schema of
/// 2026.11.0-rc1 folded with older releases; the recorded server is
/// 2026.8.0-rc1, which lacks some of its fields and routes.
const NEWER: &str = "a field or route of the crate's newest release (2026.11.0-rc1) that the recorded 2026.8.0-rc1 does not have";

/// Every difference the fake keeps, and why. `file` and `step` may be `*`;
/// `at` is a prefix of where the difference is (`results[].` ignored).
const EXCEPTIONS: &[Exception] = &[
    ex("*", "*", "pbm_uuid", NEWER),
    ex("*", "*", "branding_map_tiles", NEWER),
    ex("*", "*", "flow_request", NEWER),
    ex("*", "*", "flow_user_switch", NEWER),
    ex("*", "*", "base_url", NEWER),
    ex("get-sweep.jsonl", "core_users_me_retrieve", "users", NEWER),
    ex("get-sweep.jsonl", "core_users_me_retrieve", "original", NEWER),
    ex("get-sweep.jsonl", "core_users_me_retrieve", "user.is_current", NEWER),
    ex("get-sweep.jsonl", "policies_bindings_list", "expir", NEWER),
    ex("crud.jsonl", "providers/oauth2/partial_update", "redirect_uris[].redirect_uri_type", NEWER),
    ex("get-sweep.jsonl", "core_object_attributes_list", "", NEWER),
    ex(
        "get-sweep.jsonl",
        "core_brands_current_retrieve",
        "flow_",
        "`CurrentBrand`'s optional flows: the recorded release writes only the three it has set",
    ),
    ex(
        "get-sweep.jsonl",
        "stages_authenticator_webauthn_list",
        "prevent_duplicate_devices",
        "a field of 2026.8.0-rc1 that no pinned schema has (the client reads it as an unknown field)",
    ),
    ex("get-sweep.jsonl", "tenants_domains_list", "", "the tenants API is off on the recorded server (404)"),
    ex("get-sweep.jsonl", "tenants_tenants_list", "", "the tenants API is off on the recorded server (404)"),
    ex(
        "*",
        "*",
        "autocomplete.",
        "authentik's query-language autocomplete (`current_model`, `models`: per-model field metadata) for lists with QL search; the schema types it as any object",
    ),
    ex(
        "get-sweep.jsonl",
        "admin_settings_retrieve",
        "flags.",
        "the real server sends `flags: {}` without the four required booleans (a documented quirk); the fake answers what the schema requires",
    ),
    ex(
        "get-sweep.jsonl",
        "admin_system_retrieve",
        "http_headers.",
        "the live request's WSGI environment",
    ),
    ex(
        "get-sweep.jsonl",
        "managed_blueprints_list",
        "metadata.labels.",
        "blueprint labels are a map: which keys the first page shows is data",
    ),
    ex(
        "get-sweep.jsonl",
        "policies_all_list",
        "",
        "authentik writes each policy with its subclass's fields (`expression`, `length_min` ...), beyond the `Policy` schema the fake answers",
    ),
    ex(
        "get-sweep.jsonl",
        "policies_bindings_list",
        "policy_obj",
        "`*_obj` copies of related objects: the fake does not follow relations",
    ),
    ex("get-sweep.jsonl", "schema_retrieve", "", "the recording keeps a stub of the 1.4 MB schema"),
    ex(
        "crud.jsonl",
        "*",
        "managed",
        "the recorded server held no property mappings (its system blueprints were listed, not applied: no worker ran), so its first page of scope mappings is the probe's; the fake's is a blueprint's managed one",
    ),
    ex(
        "crud.jsonl",
        "*",
        "launch_url",
        "computed by authentik from `meta_launch_url` and the provider; the fake does not compute derived fields",
    ),
    ex(
        "errors.jsonl",
        "Token scheme",
        "",
        "the recording redacted the `Token` scheme sent into `Bearer <admin-token>`",
    ),
    ex(
        "errors.jsonl",
        "Bearer without token",
        "detail",
        "the recording redacted the empty bearer token into a credential",
    ),
    ex(
        "errors.jsonl",
        "POST users malformed JSON",
        "detail",
        "the parser's own words after `JSON parse error - ` (Python's vs serde_json's)",
    ),
    ex(
        "errors.jsonl",
        "*",
        "content-type",
        "unknown routes: the recorded server ran in debug mode and answered Django's HTML page; the fake answers the API's JSON 404",
    ),
];

/// The kind of a JSON value, as a shape sees it.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A body's shape: for each path (array indices as `[]`), the kinds seen
/// there and, for objects, their keys.
#[derive(Default)]
struct Shape {
    kinds: BTreeMap<String, BTreeSet<&'static str>>,
    keys: BTreeMap<String, BTreeSet<String>>,
}

impl Shape {
    fn of(value: &Value) -> Shape {
        let mut shape = Shape::default();
        shape.add(value, String::new());
        shape
    }

    fn add(&mut self, value: &Value, path: String) {
        self.kinds
            .entry(path.clone())
            .or_default()
            .insert(kind(value));
        match value {
            Value::Object(map) => {
                let keys = self.keys.entry(path.clone()).or_default();
                keys.extend(map.keys().cloned());
                for (key, value) in map {
                    let child = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    self.add(value, child);
                }
            }
            Value::Array(items) => {
                for item in items {
                    self.add(item, format!("{path}[]"));
                }
            }
            _ => {}
        }
    }
}

/// Where the fake's body differs in shape from the real one. Paths inside an
/// array are compared only where both sides have items (how many objects a
/// list holds is data); the fake's kinds at a path must be kinds the real
/// server wrote there, and objects must have the same keys.
fn shape_differences(real: &Value, fake: &Value) -> Vec<(String, String)> {
    let (real, fake) = (Shape::of(real), Shape::of(fake));
    let mut out = Vec::new();
    for (path, fake_kinds) in &fake.kinds {
        let Some(real_kinds) = real.kinds.get(path) else {
            continue;
        };
        let extra: Vec<_> = fake_kinds.difference(real_kinds).collect();
        if !extra.is_empty() {
            out.push((
                path.clone(),
                format!("kind: fake {fake_kinds:?}, real {real_kinds:?}"),
            ));
        }
    }
    for (path, real_keys) in &real.keys {
        let Some(fake_keys) = fake.keys.get(path) else {
            continue;
        };
        for key in real_keys.difference(fake_keys) {
            out.push((join(path, key), "missing key".into()));
        }
        for key in fake_keys.difference(real_keys) {
            out.push((join(path, key), "extra key".into()));
        }
    }
    out
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Error messages (the strings of a 4xx body) that differ.
fn message_differences(real: &Value, fake: &Value, path: String, out: &mut Vec<(String, String)>) {
    match (real, fake) {
        (Value::String(a), Value::String(b)) if a != b => {
            out.push((path, format!("message: fake {b:?}, real {a:?}")))
        }
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                if let Some(other) = b.get(key) {
                    message_differences(value, other, join(&path, key), out);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (x, y) in a.iter().zip(b) {
                message_differences(x, y, format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

/// The media type without parameters, lower-cased; none for an empty one
/// (the recordings write an absent header as `""`).
fn essence(content_type: Option<&str>) -> Option<String> {
    content_type
        .map(|c| {
            c.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .filter(|c| !c.is_empty())
}

/// A credential the recordings redacted, made one the fake refuses the
/// same way (`<non-admin credential: Bearer>` is a wrong bearer token).
fn credential(recorded: &str) -> String {
    match recorded.strip_prefix("<non-admin credential: ") {
        Some(rest) => {
            let scheme = rest.trim_end_matches('>');
            format!("{scheme} not-the-admin-token")
        }
        None => recorded.to_string(),
    }
}

/// The fake's keys, by the key the real server assigned to the same object.
#[derive(Default)]
struct Keys(BTreeMap<String, String>);

impl Keys {
    /// Learn from a real and a fake answer for the same object: `pk`,
    /// `*_uuid`, `num_pk`, of the body or of a one-item result page.
    fn learn(&mut self, real: &Value, fake: &Value) {
        // A page only when it holds one object on both sides (a lookup):
        // the first items of longer pages need not be the same object.
        let only = |page: &Value| page["pagination"]["count"] == 1;
        let pair = match (real.get("results"), fake.get("results")) {
            (Some(Value::Array(a)), Some(Value::Array(b))) if only(real) && only(fake) => {
                match (a.first(), b.first()) {
                    (Some(a), Some(b)) => (a, b),
                    _ => return,
                }
            }
            (Some(_), _) | (_, Some(_)) => return,
            _ => (real, fake),
        };
        let (Value::Object(real), Value::Object(fake)) = pair else {
            return;
        };
        for (key, value) in real {
            if !(key == "pk" || key == "num_pk" || key.ends_with("uuid")) {
                continue;
            }
            let (Some(a), Some(b)) = (scalar(value), fake.get(key).and_then(scalar)) else {
                continue;
            };
            if a != b {
                self.0.insert(a, b);
            }
        }
    }

    /// The recorded path with the fake's keys in place of the real ones.
    fn path(&self, path: &str) -> String {
        let (route, query) = match path.split_once('?') {
            Some((route, query)) => (route, Some(query)),
            None => (path, None),
        };
        let route: Vec<String> = route
            .split('/')
            .map(|segment| {
                self.0
                    .get(segment)
                    .cloned()
                    .unwrap_or_else(|| segment.to_string())
            })
            .collect();
        let mut out = route.join("/");
        if let Some(query) = query {
            let pairs: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((name, value)) => match self.0.get(value) {
                        Some(mapped) => format!("{name}={mapped}"),
                        None => pair.to_string(),
                    },
                    None => pair.to_string(),
                })
                .collect();
            out.push('?');
            out.push_str(&pairs.join("&"));
        }
        out
    }

    /// The recorded JSON body with the fake's keys in place of the real
    /// ones (string values only: a number may be anything).
    fn body(&self, body: &mut Value) {
        match body {
            Value::String(s) => {
                if let Some(mapped) = self.0.get(s.as_str()) {
                    *s = mapped.clone();
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.body(v)),
            Value::Object(map) => map.values_mut().for_each(|v| self.body(v)),
            _ => {}
        }
    }
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// One exchange's differences: `(where, what)`.
type Differences = Vec<(String, String)>;

#[derive(Default)]
struct Tally {
    exchanges: usize,
    status: usize,
    content_type: usize,
    /// Exchanges whose bodies have no difference at all.
    shape: usize,
    /// Exchanges whose differences are all documented exceptions.
    documented: usize,
}

/// The fake started as the recorded server was: authentik's default and
/// system blueprints applied, with a bootstrap token and nothing else from
/// the environment.
fn fresh_fake() -> Option<Fake> {
    let dir = inputs::env_dir("AUTHENTIK_BLUEPRINTS_DIR")?;
    let fake = Fake::new();
    let options = BlueprintOptions::default()
        .env("AUTHENTIK_BOOTSTRAP_TOKEN", Some("bootstrap-token"))
        .env("AUTHENTIK_BOOTSTRAP_EMAIL", None)
        .env("AUTHENTIK_BOOTSTRAP_PASSWORD", None)
        .env("AUTHENTIK_BOOTSTRAP_PASSWORD_HASH", None);
    fake.authentik_defaults_with(&dir.join(BLUEPRINTS_RELEASE), &options)
        .expect("authentik's blueprints apply");
    Some(fake)
}

async fn run(file: &str, used: &mut BTreeSet<usize>) -> Option<(Tally, Vec<String>)> {
    let dir = cassettes::real_authentik()?;
    let fake = fresh_fake()?;
    let server = authentik_fake::spawn_with(fake, TOKEN)
        .await
        .expect("the fake listens on 127.0.0.1");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let mut keys = Keys::default();
    let mut tally = Tally::default();
    let mut undocumented = Vec::new();
    for exchange in cassettes::load(&dir, file) {
        let (status, content_type, body) = send(&http, server.url(), &keys, &exchange).await;
        let recorded = &exchange.response;
        let mut differences: Differences = Vec::new();
        if status != recorded.status {
            differences.push((
                "status".into(),
                format!("fake {status}, real {}", recorded.status),
            ));
        } else {
            tally.status += 1;
        }
        if essence(content_type.as_deref()) != essence(recorded.content_type.as_deref()) {
            differences.push((
                "content-type".into(),
                format!("fake {content_type:?}, real {:?}", recorded.content_type),
            ));
        } else {
            tally.content_type += 1;
        }
        let shape_before = differences.len();
        if recorded.is_json() {
            match &body {
                Some(body) => {
                    differences.extend(shape_differences(&recorded.body, body));
                    if (400..500).contains(&recorded.status) && status == recorded.status {
                        message_differences(&recorded.body, body, String::new(), &mut differences);
                    }
                    keys.learn(&recorded.body, body);
                }
                None => differences.push(("body".into(), "fake: no JSON body".into())),
            }
        }
        if differences.len() == shape_before {
            tally.shape += 1;
        }
        tally.exchanges += 1;
        let mut all_documented = true;
        for (at, what) in &differences {
            let bare = at.strip_prefix("results[].").unwrap_or(at);
            let exception = EXCEPTIONS.iter().position(|e| {
                (e.file == "*" || e.file == file)
                    && (e.step == "*" || e.step == exchange.step)
                    && (at.starts_with(e.at) || bare.starts_with(e.at))
            });
            match exception {
                Some(i) => {
                    used.insert(i);
                }
                None => {
                    all_documented = false;
                    undocumented.push(format!(
                        "{file} #{} {} {} {}: {at}: {what}",
                        exchange.seq, exchange.step, exchange.request.method, exchange.request.path
                    ));
                }
            }
        }
        if all_documented {
            tally.documented += 1;
        }
    }
    server.stop().await;
    Some((tally, undocumented))
}

/// Send the recorded request (keys mapped) to the fake: status, content
/// type, and the body if it is JSON.
async fn send(
    http: &reqwest::Client,
    base: &str,
    keys: &Keys,
    exchange: &Exchange,
) -> (u16, Option<String>, Option<Value>) {
    let recorded = &exchange.request;
    let url = format!("{base}{}", keys.path(&recorded.path));
    let method = reqwest::Method::from_bytes(recorded.method.as_bytes()).unwrap();
    let mut request = http.request(method, url);
    if let Some(auth) = &recorded.headers.authorization {
        request = request.header("authorization", credential(auth));
    }
    if let Some(content_type) = &recorded.headers.content_type {
        request = request.header("content-type", content_type);
    }
    let body = if recorded.body.is_null() || recorded.body.get("__text__").is_some() {
        recorded.body_bytes()
    } else {
        let mut body = recorded.body.clone();
        keys.body(&mut body);
        Some(serde_json::to_vec(&body).unwrap())
    };
    if let Some(body) = body {
        request = request.body(body);
    }
    let response = request.send().await.expect("the fake answers");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let bytes = response.bytes().await.expect("a body");
    let body = serde_json::from_slice(&bytes).ok();
    (status, content_type, body)
}

fn percent(n: usize, of: usize) -> String {
    if of == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * n as f64 / of as f64)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fake_answers_as_the_real_authentik_did() {
    let mut used = BTreeSet::new();
    let mut rows = Vec::new();
    let mut undocumented = Vec::new();
    for file in ["get-sweep.jsonl", "crud.jsonl", "errors.jsonl"] {
        let Some((tally, mut left)) = run(file, &mut used).await else {
            return;
        };
        rows.push((file, tally));
        undocumented.append(&mut left);
    }
    println!("| file | exchanges | status | content type | shape | all differences documented |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (file, t) in &rows {
        println!(
            "| {file} | {} | {} ({}) | {} ({}) | {} ({}) | {} ({}) |",
            t.exchanges,
            t.status,
            percent(t.status, t.exchanges),
            t.content_type,
            percent(t.content_type, t.exchanges),
            t.shape,
            percent(t.shape, t.exchanges),
            t.documented,
            percent(t.documented, t.exchanges),
        );
    }
    println!("\ndocumented exceptions ({}):", EXCEPTIONS.len());
    for e in EXCEPTIONS {
        println!("- {} {} {}: {}", e.file, e.step, e.at, e.reason);
    }
    let stale: Vec<String> = EXCEPTIONS
        .iter()
        .enumerate()
        .filter(|(i, _)| !used.contains(i))
        .map(|(_, e)| format!("{} {} {}", e.file, e.step, e.at))
        .collect();
    assert!(
        undocumented.is_empty(),
        "{} differences are not documented exceptions:\n{}",
        undocumented.len(),
        undocumented.join("\n")
    );
    assert!(
        stale.is_empty(),
        "exceptions that no longer happen:\n{}",
        stale.join("\n")
    );
}
