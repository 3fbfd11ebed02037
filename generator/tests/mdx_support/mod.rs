//! Test support for the MDX front-end: what the plugin does, in small.
//!
//! - [`inline_operation`]: an OpenAPI operation with `$ref`s -> the JSON
//!   the plugin puts in a page's `api:` (schemas inlined, components titled,
//!   `method`/`path`/`servers`/... added, optionally the lost `oneOf`
//!   member properties);
//! - [`encode_blob`] / [`page`]: that JSON -> zlib -> base64 -> a page, in
//!   every accepted shape ([`Form`]);
//! - [`env_dir`]: third-party inputs named by environment variables (under
//!   `CI=true` a missing one fails the test, elsewhere the test is skipped).

#![allow(dead_code)]

use base64::Engine as _;
use serde_json::{json, Map, Value};
use std::io::Write as _;
use std::path::PathBuf;

/// The shapes of a page the reader accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The `.api.mdx` source as the plugin writes it.
    Raw,
    /// Copied from a web code view: header lines, each line followed by `|` lines.
    Scraped,
    /// CRLF line endings.
    Crlf,
    /// A leading byte-order mark.
    Bom,
    /// The blob wrapped at this width, continuation lines at column 1.
    Wrapped(usize),
    /// The blob wrapped at this width, continuation lines indented.
    Indented(usize),
    /// `api: "..."`, wrapped at this width.
    Quoted(usize),
    /// `api: >-` and the blob on indented lines of this width.
    Block(usize),
    /// Scraped + CRLF + BOM + wrapped at 76, all at once.
    Everything,
    /// `api: {"operationId":...}`: the JSON itself on the `api:` line (the
    /// plugin's `disableCompression`, authentik's site today).
    Plain,
    /// The JSON pretty-printed over indented lines: a YAML flow mapping.
    YamlFlow,
    /// A YAML block mapping under `api:`.
    YamlBlock,
}

impl Form {
    pub const ALL: [Form; 12] = [
        Form::Plain,
        Form::YamlFlow,
        Form::YamlBlock,
        Form::Raw,
        Form::Scraped,
        Form::Crlf,
        Form::Bom,
        Form::Wrapped(76),
        Form::Indented(64),
        Form::Quoted(100),
        Form::Block(80),
        Form::Everything,
    ];
}

/// zlib (as pako, default level) then standard base64: a page's `api:` value.
pub fn encode_blob(json: &Value) -> String {
    encode_bytes(js_json(json).as_bytes())
}

/// The JSON text as JavaScript's `JSON.stringify` writes it, which rounds
/// the i64 bounds to `±9223372036854776000`.
pub fn js_json(json: &Value) -> String {
    json.to_string()
        .replace("9223372036854775807", "9223372036854776000")
        .replace("-9223372036854775808", "-9223372036854776000")
}

/// The `api:` value of a page of `form`: the blob, or the operation in one
/// of the plain forms (the text after `api: `).
pub fn api_value(op: &Value, form: Form) -> String {
    match form {
        Form::Plain => js_json(op),
        Form::YamlFlow => serde_json::to_string_pretty(op)
            .expect("serialisable")
            .replace('\n', "\n  "),
        Form::YamlBlock => {
            let yaml = serde_yaml::to_string(op).expect("serialisable");
            yaml.lines().map(|line| format!("\n  {line}")).collect()
        }
        _ => encode_blob(op),
    }
}

/// zlib then base64 of arbitrary bytes.
pub fn encode_bytes(bytes: &[u8]) -> String {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("in-memory write");
    let compressed = encoder.finish().expect("in-memory write");
    base64::engine::general_purpose::STANDARD.encode(compressed)
}

/// A page around an already encoded blob.
pub fn page_with_blob(id: &str, method: &str, path: &str, blob: &str, form: Form) -> String {
    let api_lines: Vec<String> = match form {
        Form::Wrapped(_) | Form::Everything if width_of(form) > 0 => {
            let mut lines = chunks(blob, width_of(form));
            lines[0] = format!("api: {}", lines[0]);
            lines
        }
        Form::Indented(width) => {
            let mut lines: Vec<String> = chunks(blob, width)
                .into_iter()
                .map(|l| format!("  {l}"))
                .collect();
            lines[0] = format!("api: {}", lines[0].trim_start());
            lines
        }
        Form::Quoted(width) => {
            let mut lines: Vec<String> = chunks(blob, width)
                .into_iter()
                .map(|l| format!("  {l}"))
                .collect();
            lines[0] = format!("api: \"{}", lines[0].trim_start());
            if let Some(last) = lines.last_mut() {
                last.push('"');
            }
            lines
        }
        Form::Block(width) => std::iter::once("api: >-".to_string())
            .chain(chunks(blob, width).into_iter().map(|l| format!("  {l}")))
            .collect(),
        _ => vec![format!("api: {blob}")],
    };
    let mut lines: Vec<String> = vec![
        "---".into(),
        format!("id: {}", id.replace('_', "-")),
        format!("title: \"{id}\""),
        "description: \"A test operation\"".into(),
        format!("sidebar_label: \"{id}\""),
        "hide_title: true".into(),
        "hide_table_of_contents: true".into(),
    ];
    lines.extend(api_lines);
    lines.extend([
        format!("sidebar_class_name: \"{method} api-method\""),
        "info_path: docs/developer-docs/api/reference/authentik".into(),
        "custom_edit_url: null".into(),
        "hide_send_button: true".into(),
        "---".into(),
        String::new(),
        "import MethodEndpoint from \"@theme/ApiExplorer/MethodEndpoint\";".into(),
        String::new(),
        format!("<MethodEndpoint method={{\"{method}\"}} path={{\"{path}\"}}></MethodEndpoint>"),
        String::new(),
        "| a | markdown | table |".into(),
        "---".into(),
    ]);
    let scraped = matches!(form, Form::Scraped | Form::Everything);
    if scraped {
        let header = [
            format!("{} lines", lines.len()),
            "3 KiB".to_string(),
            "Plaintext".to_string(),
        ];
        let mut out: Vec<String> = header.iter().chain(header.iter()).cloned().collect();
        for line in lines {
            out.push(line);
            out.push("|".into());
            out.push("|".into());
        }
        lines = out;
    }
    let newline = if matches!(form, Form::Crlf | Form::Everything) {
        "\r\n"
    } else {
        "\n"
    };
    let mut text = lines.join(newline);
    text.push_str(newline);
    if matches!(form, Form::Bom | Form::Everything) {
        text.insert(0, '\u{feff}');
    }
    text
}

fn width_of(form: Form) -> usize {
    match form {
        Form::Wrapped(width) => width,
        Form::Everything => 76,
        _ => 0,
    }
}

fn chunks(text: &str, width: usize) -> Vec<String> {
    text.as_bytes()
        .chunks(width.max(1))
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect()
}

/// A page for the operation JSON of a blob (`method`, `path`, `operationId` inside).
pub fn page(op: &Value, form: Form) -> String {
    let text = |key: &str| {
        op.get(key)
            .and_then(Value::as_str)
            .unwrap_or("x")
            .to_string()
    };
    page_with_blob(
        &text("operationId"),
        &text("method"),
        &text("path"),
        &api_value(op, form),
        form,
    )
}

/// What the plugin writes for one operation of `doc` (an OpenAPI document
/// as JSON): the operation with every schema `$ref` inlined (components
/// titled with their name) plus the page-level extras. With
/// `lose_member_properties`, members of discriminated `oneOf`s lose their
/// `properties` as in plugin 4.0.1 (the mapping keeps the full schemas).
pub fn inline_operation(
    doc: &Value,
    path: &str,
    method: &str,
    lose_member_properties: bool,
) -> Value {
    let schemas = &doc["components"]["schemas"];
    let mut op = doc["paths"][path][method].clone();
    inline(&mut op, schemas, lose_member_properties, 0);
    let object = op.as_object_mut().expect("an operation object");
    object.remove("summary");
    object.insert("method".into(), json!(method));
    object.insert("path".into(), json!(path));
    object.insert(
        "servers".into(),
        doc.get("servers").cloned().unwrap_or(json!([])),
    );
    object.insert(
        "securitySchemes".into(),
        doc["components"]
            .get("securitySchemes")
            .cloned()
            .unwrap_or(json!({})),
    );
    object.insert("info".into(), doc["info"].clone());
    object.insert("postman".into(), json!({"name": "ignored", "request": {}}));
    op
}

fn inline(value: &mut Value, schemas: &Value, lose: bool, depth: usize) {
    assert!(depth < 64, "recursive schemas cannot be inlined");
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref").cloned() {
                let name = reference.trim_start_matches("#/components/schemas/");
                let mut body = schemas[name].clone();
                if let Value::Object(body) = &mut body {
                    body.entry("title").or_insert(json!(name));
                }
                inline(&mut body, schemas, lose, depth + 1);
                *value = body;
                return;
            }
            if let Some(Value::Object(discriminator)) = map.get_mut("discriminator") {
                if let Some(Value::Object(mapping)) = discriminator.get_mut("mapping") {
                    for target in mapping.values_mut() {
                        *target = json!({"$ref": target.clone()});
                        inline(target, schemas, lose, depth + 1);
                    }
                }
            }
            let discriminated = map.contains_key("discriminator");
            for (key, child) in map.iter_mut() {
                if key == "discriminator" || key == "example" || key == "default" {
                    continue;
                }
                inline(child, schemas, lose, depth + 1);
                if key == "oneOf" && discriminated && lose {
                    if let Value::Array(members) = child {
                        for member in members {
                            if let Value::Object(member) = member {
                                member.remove("properties");
                            }
                        }
                    }
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                inline(item, schemas, lose, depth + 1);
            }
        }
        _ => {}
    }
}

/// Every `(path, method)` of a document.
pub fn operations(doc: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(paths) = doc["paths"].as_object() {
        for (path, item) in paths {
            if let Some(item) = item.as_object() {
                for method in item.keys() {
                    out.push((path.clone(), method.clone()));
                }
            }
        }
    }
    out.sort();
    out
}

/// Whether this is a CI run (`CI=true`).
pub fn is_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// A folder named by an environment variable. `None` (skip, with a message)
/// when unset or missing outside CI; a panic (test failure) under CI.
pub fn env_dir(var: &str) -> Option<PathBuf> {
    let dir = std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    match dir {
        Some(dir) if dir.is_dir() => Some(dir),
        Some(dir) if is_ci() => panic!("{var}={} is not a folder", dir.display()),
        None if is_ci() => panic!("{var} is not set; .ci/run sets it"),
        Some(dir) => {
            eprintln!("skipped: {var}={} is not a folder", dir.display());
            None
        }
        None => {
            eprintln!("skipped: {var} is not set");
            None
        }
    }
}

/// The seed page whose name starts with `number` (e.g. `"000"`).
pub fn seed(dir: &std::path::Path, number: &str) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{number}_")))
        })
        .collect();
    found.sort();
    let first = found.into_iter().next();
    if first.is_none() && is_ci() {
        panic!("no seed {number}_* in {}", dir.display());
    }
    first
}

/// A fresh, empty scratch folder under the target temp dir.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("authentik-codegen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch folder");
    dir
}

/// A small document exercising every rule: components used by several
/// operations, an enum behind `allOf` + description and as a plain `$ref`,
/// field-level titles, a discriminated `oneOf` with a mapping, integer
/// bounds at the i64 limits, a nested component.
pub fn sample_document() -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "authentik", "version": "2024.8.3", "description": "Making authentication simple."},
        "servers": [{"url": "/api/v3/"}],
        "paths": {
            "/providers/oauth2/": {
                "get": {
                    "operationId": "providers_oauth2_list",
                    "description": "OAuth2Provider Viewset",
                    "parameters": [
                        {"in": "query", "name": "sub_mode", "schema": {"$ref": "#/components/schemas/SubModeEnum"}},
                        {"in": "query", "name": "sp_binding", "schema": {"type": "string", "title": "Service Provider Binding", "enum": ["post", "redirect"]}, "description": "Binding."},
                        {"in": "query", "name": "page", "required": false, "schema": {"type": "integer"}}
                    ],
                    "tags": ["providers"],
                    "security": [{"authentik": []}],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/PaginatedOAuth2ProviderList"}}}, "description": ""},
                        "403": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/GenericError"}}}, "description": ""}
                    }
                },
                "post": {
                    "operationId": "providers_oauth2_create",
                    "description": "OAuth2Provider Viewset",
                    "tags": ["providers"],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/OAuth2ProviderRequest"}}}, "required": true},
                    "security": [{"authentik": []}],
                    "responses": {
                        "201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/OAuth2Provider"}}}, "description": ""},
                        "403": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/GenericError"}}}, "description": ""}
                    }
                }
            },
            "/flows/executor/{flow_slug}/": {
                "get": {
                    "operationId": "flows_executor_get",
                    "description": "Get the next pending challenge",
                    "parameters": [{"in": "path", "name": "flow_slug", "schema": {"type": "string"}, "required": true}],
                    "tags": ["flows"],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ChallengeTypes"}}}, "description": ""}
                    }
                }
            },
            "/flows/inspector/{flow_slug}/": {
                "get": {
                    "operationId": "flows_inspector_get",
                    "description": "Inspector",
                    "parameters": [{"in": "path", "name": "flow_slug", "schema": {"type": "string"}, "required": true}],
                    "tags": ["flows"],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccessDeniedChallenge"}}}, "description": ""}
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "SubModeEnum": {"enum": ["hashed_user_id", "user_id"], "type": "string"},
                "GenericError": {"type": "object", "description": "Generic API Error", "properties": {"detail": {"type": "string"}, "code": {"type": "string"}}, "required": ["detail"]},
                "OAuth2ProviderRequest": {
                    "type": "object",
                    "description": "OAuth2Provider Serializer",
                    "properties": {
                        "name": {"type": "string", "minLength": 1},
                        "sub_mode": {"allOf": [{"$ref": "#/components/schemas/SubModeEnum"}], "description": "Configure what data should be used."},
                        "jwks_sources": {"type": "array", "items": {"type": "string", "format": "uuid", "title": "Any JWT signed by the JWK of the selected source can be used to authenticate."}, "title": "Any JWT signed by the JWK of the selected source can be used to authenticate."},
                        "score": {"type": "integer", "maximum": 9223372036854775807i64, "minimum": -9223372036854775808i64, "format": "int64"}
                    },
                    "required": ["name"]
                },
                "OAuth2Provider": {
                    "type": "object",
                    "description": "OAuth2Provider Serializer",
                    "properties": {
                        "pk": {"type": "integer", "readOnly": true, "title": "ID"},
                        "managed": {"type": "string", "nullable": true, "title": "Managed by authentik"},
                        "active": {"type": "boolean", "title": "Active"},
                        "name": {"type": "string"},
                        "sub_mode": {"allOf": [{"$ref": "#/components/schemas/SubModeEnum"}], "description": "Configure what data should be used."},
                        "error": {"$ref": "#/components/schemas/GenericError"}
                    },
                    "required": ["name", "pk"]
                },
                "Pagination": {"type": "object", "properties": {"count": {"type": "integer"}, "next": {"type": "number"}}, "required": ["count"]},
                "PaginatedOAuth2ProviderList": {
                    "type": "object",
                    "properties": {
                        "pagination": {"$ref": "#/components/schemas/Pagination"},
                        "results": {"type": "array", "items": {"$ref": "#/components/schemas/OAuth2Provider"}}
                    },
                    "required": ["pagination", "results"]
                },
                "ChallengeTypes": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/AccessDeniedChallenge"},
                        {"$ref": "#/components/schemas/RedirectChallenge"}
                    ],
                    "discriminator": {
                        "propertyName": "component",
                        "mapping": {
                            "ak-stage-access-denied": "#/components/schemas/AccessDeniedChallenge",
                            "xak-flow-redirect": "#/components/schemas/RedirectChallenge"
                        }
                    }
                },
                "AccessDeniedChallenge": {
                    "type": "object",
                    "description": "Challenge when a flow's active stage calls `stage_invalid()`.",
                    "properties": {
                        "component": {"type": "string", "default": "ak-stage-access-denied"},
                        "error_message": {"type": "string"}
                    },
                    "required": ["error_message"]
                },
                "RedirectChallenge": {
                    "type": "object",
                    "description": "Challenge type to redirect the client",
                    "properties": {
                        "component": {"type": "string", "default": "xak-flow-redirect"},
                        "to": {"type": "string"}
                    },
                    "required": ["to"],
                    "additionalProperties": {}
                }
            },
            "securitySchemes": {"authentik": {"type": "http", "scheme": "bearer"}}
        }
    })
}

/// Pages for every operation of `doc`, named `<operationId>.api.mdx`.
pub fn pages_of(doc: &Value, form: Form, lose: bool) -> Vec<(PathBuf, Vec<u8>)> {
    operations(doc)
        .into_iter()
        .map(|(path, method)| {
            let op = inline_operation(doc, &path, &method, lose);
            let id = op["operationId"].as_str().unwrap_or("x").replace('_', "-");
            (
                PathBuf::from(format!("{id}.api.mdx")),
                page(&op, form).into_bytes(),
            )
        })
        .collect()
}

/// The JSON of an object's members, sorted, for comparisons that must not
/// depend on key order.
pub fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = Map::new();
            for key in keys {
                out.insert(key.clone(), sorted(&map[key]));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}
