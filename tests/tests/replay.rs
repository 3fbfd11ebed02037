//! The generated client against recordings of a real authentik 2026.8.0-rc1
//! (`$AUTHENTIK_CASSETTES_DIR`, a release between two pinned ones): a server
//! on 127.0.0.1 answers each recorded request with its recorded response,
//! and the typed client makes the same call.
//!
//! Each exchange is mapped to its operation (by method and path template;
//! `get-sweep.jsonl` names it), called through the crate's
//! `client::__call_operation` with the recorded path arguments and the
//! recorded body read into the operation's body type. A request hook checks
//! that what the typed client sends has the recorded method, path and body,
//! then makes the request the recorded one (query string, headers, and the
//! bodies no typed value can carry, such as malformed JSON), so the recorded
//! response answers exactly its request. Checked:
//! - every 2xx body decodes, and serialises back to the recorded JSON except
//!   where a correction was reported (all corrections are printed);
//! - every error status decodes to its typed error (`Validation`,
//!   `Forbidden`, `NotFound`, `MethodNotAllowed`, ...), never `Decode`.

use authentik_api::client::{self, Client, CorrectionKind, Error};
use authentik_codegen_tests::cassettes::{self, Exchange};
use authentik_codegen_tests::folded_dispatch::OPERATIONS;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the replay server and the hook share.
#[derive(Default)]
struct Shared {
    /// The exchange being replayed.
    current: Option<Exchange>,
    /// What the typed client sent, before the hook rewrote it: method, path, body.
    sent: Option<(String, String, Option<Vec<u8>>)>,
    corrections: Vec<(String, CorrectionKind)>,
}

/// A server on 127.0.0.1 answering every request with the current
/// exchange's recorded response.
async fn serve(shared: Arc<Mutex<Shared>>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = axum::Router::new().fallback(move || {
        let shared = Arc::clone(&shared);
        async move {
            let current = shared.lock().unwrap().current.clone();
            let Some(exchange) = current else {
                return axum::response::Response::builder()
                    .status(599)
                    .body(axum::body::Body::from("no exchange"))
                    .unwrap();
            };
            let response = &exchange.response;
            let mut builder = axum::response::Response::builder().status(response.status);
            if let Some(content_type) = &response.content_type {
                builder = builder.header("content-type", content_type);
            }
            builder
                .body(axum::body::Body::from(response.body_bytes()))
                .unwrap()
        }
    });
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    base
}

/// The client: every request checked, then made the recorded one.
fn client(base: &str, shared: &Arc<Mutex<Shared>>) -> Client {
    let hook_state = Arc::clone(shared);
    let base_url = base.to_string();
    let corrections = Arc::clone(shared);
    Client::builder(base)
        .token("replay")
        .timeout(Duration::from_secs(20))
        .on_request(move |request| {
            let mut state = hook_state.lock().unwrap();
            let body = request
                .body()
                .and_then(|b| b.as_bytes())
                .map(<[u8]>::to_vec);
            state.sent = Some((
                request.method().to_string(),
                request.url().path().to_string(),
                body,
            ));
            let Some(exchange) = &state.current else {
                return;
            };
            let recorded = &exchange.request;
            *request.url_mut() = format!("{base_url}{}", recorded.path).parse().unwrap();
            let headers = request.headers_mut();
            headers.remove("authorization");
            if let Some(auth) = &recorded.headers.authorization {
                headers.insert("authorization", auth.parse().unwrap());
            }
            headers.remove("content-type");
            if let Some(content_type) = &recorded.headers.content_type {
                headers.insert("content-type", content_type.parse().unwrap());
            }
            *request.body_mut() = recorded.body_bytes().map(Into::into);
        })
        .on_correction(move |c| {
            let mut state = corrections.lock().unwrap();
            for correction in c.corrections {
                state
                    .corrections
                    .push((correction.path.clone(), correction.kind));
            }
        })
        .build()
        .unwrap()
}

/// The operation of a recorded request, and its path arguments.
fn operation(exchange: &Exchange) -> (Option<&'static str>, Vec<String>) {
    let request = &exchange.request;
    if OPERATIONS.iter().any(|(id, _, _)| *id == exchange.step) {
        let (id, _, template) = OPERATIONS
            .iter()
            .find(|(id, _, _)| *id == exchange.step)
            .unwrap();
        return (
            Some(id),
            path_args(template, request.path_only()).unwrap_or_default(),
        );
    }
    let mut best: Option<(usize, &'static str, Vec<String>)> = None;
    for (id, method, template) in OPERATIONS {
        if !method.eq_ignore_ascii_case(&request.method) {
            continue;
        }
        if let Some(args) = path_args(template, request.path_only()) {
            if best.as_ref().is_none_or(|(n, _, _)| args.len() < *n) {
                best = Some((args.len(), id, args));
            }
        }
    }
    match best {
        Some((_, id, args)) => (Some(id), args),
        None => (None, Vec::new()),
    }
}

/// The values of `template`'s `{parameters}` in `path` (below `/api/v3`).
fn path_args(template: &str, path: &str) -> Option<Vec<String>> {
    let path = path.strip_prefix("/api/v3")?;
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    if t.len() != p.len() {
        return None;
    }
    let mut args = Vec::new();
    for (t, p) in t.iter().zip(&p) {
        if t.starts_with('{') && t.ends_with('}') {
            if p.is_empty() {
                return None;
            }
            args.push(p.to_string());
        } else if t != p {
            return None;
        }
    }
    Some(args)
}

/// For a request no operation has (an unknown route, a method the path
/// does not take): an operation of the same method to send it through.
fn stand_in(method: &str) -> &'static str {
    OPERATIONS
        .iter()
        .find(|(_, m, _)| m.eq_ignore_ascii_case(method))
        .map(|(id, _, _)| *id)
        .unwrap_or("core_users_list")
}

/// JSON paths (as the client writes them) where `got` differs from `want`.
fn differences(want: &Value, got: &Value, path: String, out: &mut Vec<String>) {
    let key = |path: &str, k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    match (want, got) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                match b.get(k) {
                    Some(w) => differences(v, w, key(&path, k), out),
                    None => out.push(key(&path, k)),
                }
            }
            for k in b.keys().filter(|k| !a.contains_key(*k)) {
                out.push(key(&path, k));
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                differences(v, w, format!("{path}[{i}]"), out);
            }
        }
        _ if want == got => {}
        _ => out.push(if path.is_empty() { ".".into() } else { path }),
    }
}

/// The typed error a status decodes to.
fn kind(e: &Error) -> &'static str {
    match e {
        Error::Validation(_) => "Validation",
        Error::Forbidden(_) => "Forbidden",
        Error::NotFound(e) if e.body.is_some() => "NotFound",
        Error::NotFound(_) => "NotFound (not JSON)",
        Error::MethodNotAllowed(_) => "MethodNotAllowed",
        Error::Status(_) => "Status (documented)",
        Error::UnexpectedStatus(_) => "UnexpectedStatus",
        Error::Decode(_) => "Decode",
        Error::Transport(_) => "Transport",
        Error::Request(_) => "Request",
        _ => "other",
    }
}

/// What replaying one file found.
#[derive(Default)]
struct Report {
    exchanges: usize,
    ok: usize,
    errors: BTreeMap<(u16, &'static str), usize>,
    /// (operation, corrected path with indices as `[]`, kind) -> count.
    corrections: BTreeMap<(String, String, CorrectionKind), usize>,
    failures: Vec<String>,
}

/// Replay `file`. `valid_requests`: every recorded request body is one the
/// typed client can send (else, as in `errors.jsonl`, a body the operation's
/// type cannot carry is put in by the hook).
async fn replay(file: &str, valid_requests: bool) -> Option<Report> {
    let dir = cassettes::real_authentik()?;
    let exchanges = cassettes::load(&dir, file);
    let shared = Arc::new(Mutex::new(Shared::default()));
    let base = serve(Arc::clone(&shared)).await;
    let client = client(&base, &shared);
    let mut report = Report::default();
    for exchange in exchanges {
        report.exchanges += 1;
        let what = format!("{file} #{} {}", exchange.seq, exchange.step);
        let (operation, args) = operation(&exchange);
        let operation = operation.unwrap_or_else(|| stand_in(&exchange.request.method));
        {
            let mut state = shared.lock().unwrap();
            state.current = Some(exchange.clone());
            state.sent = None;
            state.corrections.clear();
        }
        let request_json =
            Some(&exchange.request.body).filter(|b| !b.is_null() && b.get("__text__").is_none());
        // The recorded body as the operation's body type and the recorded
        // path arguments; else (a body or an argument no typed value can
        // carry, which the hook then puts in) zero values.
        let recorded_args: Vec<&str> = args.iter().map(String::as_str).collect();
        let zeros = vec!["0"; args.len()];
        let nil = vec!["00000000-0000-0000-0000-000000000000"; args.len()];
        let attempts = [
            (&recorded_args, request_json),
            (&recorded_args, None),
            (&zeros, None),
            (&nil, None),
        ];
        let mut result = None;
        let mut attempt = 0;
        for (i, (args, body)) in attempts.iter().enumerate() {
            attempt = i;
            result = client::__call_operation(&client, operation, args, *body).await;
            if !matches!(result, Some(Err(Error::Request(_)))) {
                break;
            }
        }
        let Some(result) = result else {
            report
                .failures
                .push(format!("{what}: {operation} cannot be called"));
            continue;
        };
        let (typed_body, typed_path) = (attempt == 0, attempt <= 1 && !uses_stand_in(&exchange));
        let (sent, corrections) = {
            let mut state = shared.lock().unwrap();
            (state.sent.take(), std::mem::take(&mut state.corrections))
        };
        // The call the typed client made is the recorded one.
        let recorded = &exchange.request;
        match &sent {
            Some((method, path, body)) => {
                if !method.eq_ignore_ascii_case(&recorded.method)
                    || (typed_path && path != recorded.path_only())
                {
                    report.failures.push(format!(
                        "{what}: sent {method} {path}, recorded {} {}",
                        recorded.method,
                        recorded.path_only()
                    ));
                }
                // An invalid request's body may hold what no typed value can
                // (unknown fields, wrong types): only valid ones must match.
                let checked = typed_body && typed_path && valid_requests;
                if let (Some(want), Some(body), true) = (request_json, body, checked) {
                    let got: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
                    let mut diff = Vec::new();
                    differences(want, &got, String::new(), &mut diff);
                    if !diff.is_empty() {
                        report
                            .failures
                            .push(format!("{what}: body sent differs at {diff:?}: {got}"));
                    }
                }
            }
            None => report.failures.push(format!("{what}: nothing was sent")),
        }
        let status = exchange.response.status;
        for (path, kind) in &corrections {
            let pattern = strip_indices(path);
            *report
                .corrections
                .entry((operation.to_string(), pattern, *kind))
                .or_default() += 1;
        }
        match result {
            Ok(value) if (200..300).contains(&status) => {
                report.ok += 1;
                let want = if exchange.response.is_json() {
                    exchange.response.body.clone()
                } else {
                    Value::Null
                };
                let mut diff = Vec::new();
                differences(&want, &value, String::new(), &mut diff);
                let corrected: BTreeSet<&str> =
                    corrections.iter().map(|(p, _)| p.as_str()).collect();
                let unexplained: Vec<&String> = diff
                    .iter()
                    .filter(|d| {
                        !corrected
                            .iter()
                            .any(|c| d == c || d.starts_with(&format!("{c}.")))
                    })
                    .collect();
                if !unexplained.is_empty() && exchange.response.is_json() {
                    report.failures.push(format!(
                        "{what}: re-serialised body differs at {unexplained:?} (corrections: {corrections:?})"
                    ));
                }
            }
            Ok(_) => report
                .failures
                .push(format!("{what}: {status} decoded as a success")),
            Err(e) if (200..300).contains(&status) => report
                .failures
                .push(format!("{what}: {status} failed: {e}")),
            Err(e) => {
                let k = kind(&e);
                let expected = match status {
                    400 => k == "Validation",
                    403 => k == "Forbidden",
                    404 => k.starts_with("NotFound"),
                    405 => k == "MethodNotAllowed",
                    _ => k.starts_with("Status"),
                };
                if !expected || e.status().map(|s| s.as_u16()) != Some(status) {
                    report
                        .failures
                        .push(format!("{what}: {status} decoded as {k}: {e}"));
                }
                *report.errors.entry((status, k)).or_default() += 1;
            }
        }
    }
    print_report(file, &report);
    Some(report)
}

/// Whether the exchange is sent through a stand-in operation (no operation
/// has its method and path), whose path is then not the recorded one.
fn uses_stand_in(exchange: &Exchange) -> bool {
    operation(exchange).0.is_none()
}

/// `results[3].pk` -> `results[].pk`.
fn strip_indices(path: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for c in path.chars() {
        match c {
            '[' => {
                skipping = true;
                out.push('[');
            }
            ']' => {
                skipping = false;
                out.push(']');
            }
            _ if skipping => {}
            c => out.push(c),
        }
    }
    out
}

fn print_report(file: &str, report: &Report) {
    eprintln!(
        "{file}: {} exchanges, {} 2xx decoded, {} errors typed, {} failures",
        report.exchanges,
        report.ok,
        report.errors.values().sum::<usize>(),
        report.failures.len()
    );
    for ((status, kind), n) in &report.errors {
        eprintln!("  {status} -> {kind}: {n}");
    }
    for ((op, path, kind), n) in &report.corrections {
        eprintln!("  correction {op} `{path}`: {kind} x{n}");
    }
}

fn assert_clean(report: Option<Report>) {
    let Some(report) = report else { return };
    assert!(
        report.failures.is_empty(),
        "{} failures:\n  {}",
        report.failures.len(),
        report.failures.join("\n  ")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_argument_free_get_decodes() {
    assert_clean(replay("get-sweep.jsonl", true).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_typed_client_session_replays() {
    assert_clean(replay("typed-client.jsonl", true).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_crud_replays_through_the_typed_client() {
    assert_clean(replay("crud.jsonl", true).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_error_decodes_to_its_typed_error() {
    assert_clean(replay("errors.jsonl", false).await);
}
