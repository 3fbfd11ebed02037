//! The MDX front-end (`source::mdx`): pages in every accepted shape round
//! trip to the document they were made from; the seed pages read (000, 004)
//! or are rejected by name (001-003); corrupt blobs give located errors;
//! the title rules, shape conflicts and stub completion hold; folders are
//! searched recursively.

mod mdx_support;

use authentik_codegen::__private::mdx::{self, MdxDocument, MdxLimits};
use authentik_codegen::Error;
use mdx_support::{
    api_value, encode_blob, encode_bytes, env_dir, inline_operation, page, page_with_blob,
    pages_of, sample_document, scratch_dir, seed, sorted, Form,
};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn limits() -> MdxLimits {
    MdxLimits::default()
}

fn from_memory(pages: &[(PathBuf, Vec<u8>)]) -> Result<MdxDocument, Error> {
    mdx::load_pages_from_memory(pages, &limits())
}

/// The document as `openapiv3` reads it, as sorted JSON.
fn normalised(doc: &openapiv3::OpenAPI) -> Value {
    sorted(&serde_json::to_value(doc).expect("serialisable"))
}

fn expected(doc: &Value) -> Value {
    let (parsed, _warnings) = authentik_codegen::__private::openapi::parse(
        Path::new("sample.json"),
        doc.to_string().as_bytes(),
    )
    .expect("the sample parses");
    normalised(&parsed)
}

fn one_page(op: &Value) -> Vec<(PathBuf, Vec<u8>)> {
    vec![(
        PathBuf::from("one.api.mdx"),
        page(op, Form::Raw).into_bytes(),
    )]
}

fn message(error: &Error) -> String {
    error.to_string()
}

// ---------------------------------------------------------------- round trips

#[test]
fn every_form_round_trips_to_the_source_document() {
    let doc = sample_document();
    let want = expected(&doc);
    for form in Form::ALL {
        for lose in [false, true] {
            let pages = pages_of(&doc, form, lose);
            let got = from_memory(&pages).unwrap_or_else(|e| panic!("{form:?}: {e}"));
            assert_eq!(got.pages, pages.len(), "{form:?}");
            assert!(got.warnings.is_empty(), "{form:?}: {:?}", got.warnings);
            assert_eq!(
                normalised(&got.openapi),
                want,
                "{form:?} (member properties lost: {lose})"
            );
        }
    }
}

#[test]
fn a_lowered_round_trip_equals_the_lowered_source() {
    let doc = sample_document();
    let (parsed, _warnings) = authentik_codegen::__private::openapi::parse(
        Path::new("sample.json"),
        doc.to_string().as_bytes(),
    )
    .expect("parses");
    let pages = pages_of(&doc, Form::Everything, true);
    let rebuilt = from_memory(&pages).expect("assembles");
    let api = mdx::lower(&rebuilt).expect("lowers");
    // Same document, so the same IR, ids included.
    let dir = scratch_dir("mdx-lowered");
    let spec = dir.join("sample.json");
    std::fs::write(&spec, serde_json::to_vec(&parsed).expect("json")).expect("write");
    let want = authentik_codegen::__private::openapi::load(&spec, 1 << 40).expect("lowers");
    assert_eq!(api, want);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn enums_become_what_drf_spectacular_wrote() {
    let doc = sample_document();
    let got = from_memory(&pages_of(&doc, Form::Raw, false)).expect("assembles");
    let got = serde_json::to_value(&got.openapi).expect("json");
    // `allOf: [$ref]` + description where the spec had it ...
    assert_eq!(
        got["components"]["schemas"]["OAuth2ProviderRequest"]["properties"]["sub_mode"],
        json!({"allOf": [{"$ref": "#/components/schemas/SubModeEnum"}], "description": "Configure what data should be used."})
    );
    // ... a plain `$ref` where it had one.
    assert_eq!(
        got["paths"]["/providers/oauth2/"]["get"]["parameters"][0]["schema"],
        json!({"$ref": "#/components/schemas/SubModeEnum"})
    );
    assert_eq!(
        got["components"]["schemas"]["SubModeEnum"],
        json!({"type": "string", "enum": ["hashed_user_id", "user_id"]})
    );
}

#[test]
fn field_level_titles_create_no_types() {
    let doc = sample_document();
    let got = from_memory(&pages_of(&doc, Form::Raw, false)).expect("assembles");
    let schemas = &got.openapi.components.as_ref().expect("components").schemas;
    let names: Vec<&String> = schemas.keys().collect();
    for title in [
        "ID",
        "Active",
        "Managed by authentik",
        "Service Provider Binding",
    ] {
        assert!(!schemas.contains_key(title), "{title} in {names:?}");
    }
    let json = serde_json::to_value(&got.openapi).expect("json");
    assert_eq!(
        json["components"]["schemas"]["OAuth2Provider"]["properties"]["pk"],
        json!({"type": "integer", "readOnly": true, "title": "ID"})
    );
    // An inline enum with a field-level title stays inline.
    assert_eq!(
        json["paths"]["/providers/oauth2/"]["get"]["parameters"][1]["schema"]["title"],
        json!("Service Provider Binding")
    );
}

#[test]
fn javascript_rounded_i64_bounds_are_restored() {
    let doc = sample_document();
    let got = from_memory(&pages_of(&doc, Form::Raw, false)).expect("assembles");
    let json = serde_json::to_value(&got.openapi).expect("json");
    let score = &json["components"]["schemas"]["OAuth2ProviderRequest"]["properties"]["score"];
    assert_eq!(score["maximum"], json!(i64::MAX));
    assert_eq!(score["minimum"], json!(i64::MIN));
}

// ---------------------------------------------------------------- shapes

#[test]
fn two_shapes_under_one_title_are_kept_apart_with_a_warning() {
    let make = |id: &str, path: &str, field: &str| {
        json!({
            "operationId": id, "method": "get", "path": path, "tags": ["t"],
            "responses": {"200": {"description": "", "content": {"application/json": {"schema":
                {"type": "object", "title": "Thing", "properties": {field: {"type": "string"}}}}}}}
        })
    };
    let pages = vec![
        (
            PathBuf::from("a.api.mdx"),
            page(&make("a_get", "/a/", "x"), Form::Raw).into_bytes(),
        ),
        (
            PathBuf::from("b.api.mdx"),
            page(&make("b_get", "/b/", "y"), Form::Raw).into_bytes(),
        ),
        (
            PathBuf::from("c.api.mdx"),
            page(&make("c_get", "/c/", "x"), Form::Raw).into_bytes(),
        ),
    ];
    let got = from_memory(&pages).expect("assembles");
    let schemas = &got.openapi.components.as_ref().expect("components").schemas;
    let names: Vec<&String> = schemas.keys().collect();
    assert_eq!(names, ["Thing", "Thing2"]);
    let conflicts: Vec<&String> = got
        .warnings
        .iter()
        .filter(|w| w.contains("Thing"))
        .collect();
    assert_eq!(conflicts.len(), 1, "{:?}", got.warnings);
    assert!(conflicts[0].contains("`Thing2` (first in b.api.mdx#/responses/200"));
    let json = serde_json::to_value(&got.openapi).expect("json");
    let target = |path: &str| {
        json["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            ["$ref"]
            .clone()
    };
    assert_eq!(target("/a/"), json!("#/components/schemas/Thing"));
    assert_eq!(target("/b/"), json!("#/components/schemas/Thing2"));
    assert_eq!(target("/c/"), json!("#/components/schemas/Thing"));
}

#[test]
fn a_conflict_name_skips_real_titles() {
    let schema = |title: &str, field: &str| json!({"type": "object", "title": title, "properties": {field: {"type": "string"}}});
    let op = json!({
        "operationId": "x", "method": "post", "path": "/x/",
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "title": "Body", "properties": {
            "a": schema("Thing", "a"), "b": schema("Thing", "b"), "c": schema("Thing2", "c")
        }}}}},
        "responses": {"204": {"description": ""}}
    });
    let got = from_memory(&one_page(&op)).expect("assembles");
    let names: Vec<&String> = got
        .openapi
        .components
        .as_ref()
        .expect("components")
        .schemas
        .keys()
        .collect();
    assert_eq!(names, ["Body", "Thing", "Thing2", "Thing3"]);
}

#[test]
fn stubs_are_completed_from_another_page_without_a_mapping() {
    let mut doc = sample_document();
    // No mapping: the tags are the schema names, and only other pages carry
    // the full members.
    doc["components"]["schemas"]["ChallengeTypes"]["discriminator"]
        .as_object_mut()
        .expect("discriminator")
        .remove("mapping");
    doc["paths"]["/flows/redirect/"] = json!({"get": {
        "operationId": "flows_redirect_get", "tags": ["flows"],
        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/RedirectChallenge"}}}, "description": ""}}
    }});
    let want = expected(&doc);
    let pages = pages_of(&doc, Form::Raw, true);
    let got = from_memory(&pages).expect("assembles");
    assert!(got.warnings.is_empty(), "{:?}", got.warnings);
    assert_eq!(normalised(&got.openapi), want);
}

#[test]
fn a_stub_nobody_completes_is_kept_as_it_is() {
    let op = json!({
        "operationId": "x", "method": "get", "path": "/x/",
        "responses": {"200": {"description": "", "content": {"application/json": {"schema": {
            "title": "Union",
            "oneOf": [{"type": "object", "title": "Member", "required": ["a"]}],
            "discriminator": {"propertyName": "component"}
        }}}}}
    });
    let got = from_memory(&one_page(&op)).expect("assembles");
    let json = serde_json::to_value(&got.openapi).expect("json");
    assert_eq!(
        json["components"]["schemas"]["Member"],
        json!({"type": "object", "required": ["a"]})
    );
    assert_eq!(
        json["components"]["schemas"]["Union"]["oneOf"][0]["$ref"],
        json!("#/components/schemas/Member")
    );
}

// ---------------------------------------------------------------- seeds

#[test]
fn seed_pages_000_and_004_read() {
    let Some(dir) = env_dir("AUTHENTIK_SEEDS_DIR") else {
        return;
    };
    let (Some(raw), Some(scraped)) = (seed(&dir, "000"), seed(&dir, "004")) else {
        return;
    };
    for (file, id, method, route) in [
        (
            &raw,
            "oauth2_refresh_tokens_retrieve",
            "get",
            "/oauth2/refresh_tokens/{id}/",
        ),
        (
            &scraped,
            "providers_oauth2_create",
            "post",
            "/providers/oauth2/",
        ),
    ] {
        let doc = mdx::load_pages(std::slice::from_ref(file), &limits())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.pages, 1);
        let json = serde_json::to_value(&doc.openapi).expect("json");
        assert_eq!(json["paths"][route][method]["operationId"], json!(id));
        assert!(json["info"]["version"]
            .as_str()
            .is_some_and(|v| v.starts_with("2024.8.")));
        assert_eq!(json["servers"][0]["url"], json!("/api/v3/"));
        let api = mdx::lower(&doc).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(api.operations.len(), 1);
        assert!(api.components.contains_key("OAuth2Provider") || method == "get");
    }
    // Both together: the shared components are the same shapes.
    let doc = mdx::load_pages(&[raw, scraped], &limits()).expect("both");
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let schemas = &doc.openapi.components.as_ref().expect("components").schemas;
    for name in [
        "OAuth2Provider",
        "OAuth2ProviderRequest",
        "SubModeEnum",
        "ClientTypeEnum",
        "IssuerModeEnum",
        "GenericError",
        "ValidationError",
    ] {
        assert!(schemas.contains_key(name), "{name}");
    }
}

#[test]
fn rendered_seed_pages_are_rejected_by_name() {
    let Some(dir) = env_dir("AUTHENTIK_SEEDS_DIR") else {
        return;
    };
    let rendered: Vec<PathBuf> = ["001", "002", "003"]
        .iter()
        .filter_map(|n| seed(&dir, n))
        .collect();
    if rendered.len() < 3 {
        return;
    }
    for file in &rendered {
        let error = mdx::load_pages(std::slice::from_ref(file), &limits())
            .expect_err("a rendered page has no blob");
        let text = message(&error);
        assert!(
            text.starts_with(&file.display().to_string()),
            "{text} names {}",
            file.display()
        );
        assert!(text.contains("no front matter"), "{text}");
    }
    // Together with a good page: every bad page is reported, the good one read.
    let mut inputs = rendered.clone();
    inputs.extend(seed(&dir, "000"));
    match mdx::load_pages(&inputs, &limits()) {
        Err(Error::Many(errors)) => {
            assert_eq!(errors.len(), 3, "{errors:?}");
            for (error, file) in errors.iter().zip(&rendered) {
                assert!(message(error).starts_with(&file.display().to_string()));
            }
        }
        other => panic!("expected three errors, got {other:?}"),
    }
}

#[test]
fn all_2024_8_3_pages_assemble() {
    let Some(dir) = env_dir("AUTHENTIK_MDX_DIR") else {
        return;
    };
    let dir = dir.join("2024.8.3-plugin4.0.1");
    let doc = mdx::load_pages(&[dir], &limits()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.pages, 893);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    assert_eq!(
        doc.openapi
            .components
            .as_ref()
            .expect("components")
            .schemas
            .len(),
        643
    );
    let operations: usize = doc
        .openapi
        .operations()
        .filter(|(_, _, op)| op.operation_id.is_some())
        .count();
    assert_eq!(operations, 893);
}

// ---------------------------------------------------------------- corrupt input

fn sample_op() -> Value {
    inline_operation(&sample_document(), "/providers/oauth2/", "post", true)
}

fn error_of(pages: &[(PathBuf, Vec<u8>)], limits: &MdxLimits) -> String {
    match mdx::load_pages_from_memory(pages, limits) {
        Ok(_) => panic!("expected an error"),
        Err(e) => message(&e),
    }
}

fn blob_page(blob: &str) -> Vec<(PathBuf, Vec<u8>)> {
    vec![(
        PathBuf::from("bad.api.mdx"),
        page_with_blob("x", "get", "/x/", blob, Form::Raw).into_bytes(),
    )]
}

/// The line of `api:` in a raw page made by `page_with_blob`.
const API_LINE: usize = 8;

#[test]
fn bad_base64_is_located() {
    let mut blob = encode_blob(&sample_op());
    blob.replace_range(10..11, "!");
    let text = error_of(&blob_page(&blob), &limits());
    assert!(
        text.starts_with(&format!("bad.api.mdx:{API_LINE}:{}:", 6 + 10)),
        "{text}"
    );
    assert!(text.contains("'!' is not a base64 character"), "{text}");
}

#[test]
fn bad_base64_in_a_wrapped_blob_is_located_on_its_line() {
    let mut blob = encode_blob(&sample_op());
    blob.replace_range(100..101, "*");
    let text = page_with_blob("x", "get", "/x/", &blob, Form::Wrapped(40));
    let pages = vec![(PathBuf::from("bad.api.mdx"), text.into_bytes())];
    let message = error_of(&pages, &limits());
    // Offset 100: line 2 of continuation (40 on the `api:` line, 40, then 20).
    assert!(
        message.starts_with(&format!("bad.api.mdx:{}:21:", API_LINE + 2)),
        "{message}"
    );
}

/// A page whose `api:` value is `value` as written (a plain form).
fn plain_page(value: &str) -> Vec<(PathBuf, Vec<u8>)> {
    vec![(
        PathBuf::from("bad.api.mdx"),
        page_with_blob("x", "get", "/x/", value, Form::Plain).into_bytes(),
    )]
}

#[test]
fn invalid_plain_json_is_located() {
    let mut value = api_value(&sample_op(), Form::Plain);
    let at = value.find("\"responses\"").expect("responses");
    value.replace_range(at..at + 1, "'");
    let text = error_of(&plain_page(&value), &limits());
    // Column: `api: ` then the offending character.
    assert!(
        text.starts_with(&format!("bad.api.mdx:{API_LINE}:{}:", 6 + at)),
        "{text}"
    );
    assert!(text.contains("`api:` value: not JSON"), "{text}");
}

#[test]
fn truncated_plain_json_is_an_error_on_its_line() {
    let value = api_value(&sample_op(), Form::Plain);
    let text = error_of(&plain_page(&value[..value.len() / 2]), &limits());
    assert!(text.starts_with("bad.api.mdx:"), "{text}");
    assert!(
        text.contains("`api:` value: not JSON (EOF while parsing"),
        "{text}"
    );
}

#[test]
fn bad_yaml_under_api_is_located_in_the_page() {
    let value = "\n  operationId: x\n  method: [get\n  path: /x/";
    let text = error_of(&plain_page(value), &limits());
    assert!(text.starts_with("bad.api.mdx:"), "{text}");
    let line: usize = text
        .split(':')
        .nth(1)
        .and_then(|l| l.parse().ok())
        .expect(&text);
    assert!((API_LINE..API_LINE + 5).contains(&line), "{text}");
}

#[test]
fn a_plain_value_over_the_page_cap_is_too_large() {
    let small = MdxLimits {
        max_inflated_page_bytes: 100,
        ..MdxLimits::default()
    };
    let value = api_value(&sample_op(), Form::Plain);
    let text = error_of(&plain_page(&value), &small);
    assert!(
        text.contains("`api:` value is more than 100 bytes, the limit for one page"),
        "{text}"
    );
}

#[test]
fn a_plain_mapping_that_is_not_an_operation_is_an_error() {
    let text = error_of(&plain_page("{\"method\": \"get\"}"), &limits());
    assert!(text.starts_with("bad.api.mdx"), "{text}");
}

#[test]
fn not_zlib_is_an_error() {
    use base64::Engine as _;
    let blob = base64::engine::general_purpose::STANDARD.encode(b"{\"operationId\": \"x\"}");
    let text = error_of(&blob_page(&blob), &limits());
    assert!(text.contains("bad.api.mdx:"), "{text}");
    assert!(text.contains("not a zlib stream"), "{text}");
}

#[test]
fn corrupt_zlib_is_an_error() {
    use base64::Engine as _;
    let mut bytes = base64::engine::general_purpose::STANDARD
        .decode(encode_blob(&sample_op()))
        .expect("decodes");
    for byte in bytes.iter_mut().skip(2).step_by(3) {
        *byte ^= 0x5a;
    }
    let blob = base64::engine::general_purpose::STANDARD.encode(bytes);
    let text = error_of(&blob_page(&blob), &limits());
    assert!(text.starts_with("bad.api.mdx:"), "{text}");
    assert!(
        text.contains("corrupt zlib") || text.contains("ends early"),
        "{text}"
    );
}

#[test]
fn a_truncated_blob_is_an_error() {
    let blob = encode_blob(&sample_op());
    // Cut at a multiple of four so the base64 itself stays valid.
    let cut = &blob[..(blob.len() / 2) & !3];
    let text = error_of(&blob_page(cut), &limits());
    assert!(text.starts_with("bad.api.mdx:"), "{text}");
    assert!(text.contains("ends early"), "{text}");
}

#[test]
fn a_zip_bomb_stops_at_the_page_cap() {
    // 17 MiB of spaces compress to about 17 KiB.
    let bomb = vec![b' '; 17 * 1024 * 1024];
    let text = error_of(&blob_page(&encode_bytes(&bomb)), &limits());
    assert!(text.starts_with("bad.api.mdx:"), "{text}");
    assert!(
        text.contains("inflates to more than 16777216 bytes, the limit for one page"),
        "{text}"
    );
}

#[test]
fn the_total_cap_stops_reading() {
    let small = MdxLimits {
        max_inflated_total_bytes: 6000,
        ..MdxLimits::default()
    };
    let pages: Vec<(PathBuf, Vec<u8>)> = (0..5)
        .map(|i| {
            let mut op = sample_op();
            op["operationId"] = json!(format!("op_{i}"));
            op["path"] = json!(format!("/p{i}/"));
            (
                PathBuf::from(format!("p{i}.api.mdx")),
                page(&op, Form::Raw).into_bytes(),
            )
        })
        .collect();
    let text = error_of(&pages, &small);
    assert!(text.contains("for all pages together"), "{text}");
    assert!(
        text.contains("the pages after this one are not read"),
        "{text}"
    );
}

#[test]
fn a_page_file_over_the_size_cap_is_too_large() {
    let small = MdxLimits {
        max_page_bytes: 100,
        ..MdxLimits::default()
    };
    let text = error_of(&one_page(&sample_op()), &small);
    assert!(text.starts_with("one.api.mdx: file is"), "{text}");
}

#[test]
fn json_that_is_not_an_operation_is_an_error() {
    for (json, expect) in [
        (
            json!([1, 2, 3]),
            "expected an operation (a JSON object), found an array",
        ),
        (json!({"foo": 1}), "/method: missing"),
        (
            json!({"method": "fetch", "path": "/x/", "operationId": "x", "responses": {}}),
            "unknown HTTP method \"fetch\"",
        ),
        (
            json!({"method": "get", "path": "x", "operationId": "x", "responses": {}}),
            "does not start with `/`",
        ),
        (
            json!({"method": "get", "path": "/x/", "operationId": "", "responses": {}}),
            "/operationId: expected a non-empty string",
        ),
        (
            json!({"method": "get", "path": "/x/", "operationId": "x"}),
            "/responses: missing",
        ),
    ] {
        let text = error_of(&blob_page(&encode_blob(&json)), &limits());
        assert!(text.starts_with("bad.api.mdx#"), "{text}");
        assert!(text.contains(expect), "{text} should contain {expect}");
    }
}

#[test]
fn invalid_json_in_a_blob_is_an_error() {
    let text = error_of(&blob_page(&encode_bytes(b"{\"method\": ")), &limits());
    assert!(
        text.starts_with(&format!("bad.api.mdx:{API_LINE}:6:")),
        "{text}"
    );
    assert!(text.contains("not JSON"), "{text}");
}

#[test]
fn a_structure_error_points_into_the_blob() {
    let mut op = sample_op();
    op["parameters"] = json!([{"in": "nowhere", "name": "x"}]);
    let text = error_of(&one_page(&op), &limits());
    assert!(text.starts_with("one.api.mdx#/parameters/0"), "{text}");
}

#[test]
fn a_ref_in_a_blob_is_refused() {
    let mut op = sample_op();
    op["responses"]["201"]["content"]["application/json"]["schema"] =
        json!({"$ref": "#/components/schemas/Elsewhere"});
    let text = error_of(&one_page(&op), &limits());
    assert!(
        text.starts_with("one.api.mdx#/responses/201/content/application~1json/schema/$ref"),
        "{text}"
    );
}

#[test]
fn duplicate_operation_ids_name_both_files() {
    let op = sample_op();
    let mut other = op.clone();
    other["path"] = json!("/elsewhere/");
    let pages = vec![
        (
            PathBuf::from("first.api.mdx"),
            page(&op, Form::Raw).into_bytes(),
        ),
        (
            PathBuf::from("second.api.mdx"),
            page(&other, Form::Scraped).into_bytes(),
        ),
    ];
    let text = error_of(&pages, &limits());
    assert!(text.starts_with("second.api.mdx#/operationId"), "{text}");
    assert!(
        text.contains(
            "duplicate operationId \"providers_oauth2_create\": first.api.mdx has it too"
        ),
        "{text}"
    );
}

#[test]
fn duplicate_routes_name_both_files() {
    let op = sample_op();
    let mut other = op.clone();
    other["operationId"] = json!("another");
    let pages = vec![
        (
            PathBuf::from("a.api.mdx"),
            page(&op, Form::Raw).into_bytes(),
        ),
        (
            PathBuf::from("b.api.mdx"),
            page(&other, Form::Raw).into_bytes(),
        ),
    ];
    let text = error_of(&pages, &limits());
    assert!(
        text.contains(
            "b.api.mdx#/path: POST /providers/oauth2/ is also the operation of a.api.mdx"
        ),
        "{text}"
    );
}

#[test]
fn every_bad_page_is_reported() {
    let good = page(&sample_op(), Form::Raw).into_bytes();
    let pages = vec![
        (PathBuf::from("a.api.mdx"), b"no front matter".to_vec()),
        (PathBuf::from("b.api.mdx"), good),
        (PathBuf::from("c.api.mdx"), b"---\nid: x\n---\n".to_vec()),
        (
            PathBuf::from("d.api.mdx"),
            vec![b'-', b'-', b'-', b'\n', 0xff],
        ),
    ];
    match from_memory(&pages) {
        Err(Error::Many(errors)) => {
            let texts: Vec<String> = errors.iter().map(message).collect();
            assert_eq!(texts.len(), 3, "{texts:?}");
            assert!(texts[0].starts_with("a.api.mdx:1:1: no front matter"));
            assert!(texts[1].starts_with("c.api.mdx:1:1: the front matter has no `api:`"));
            assert!(texts[2].starts_with("d.api.mdx:2:1: not valid UTF-8"));
        }
        other => panic!("expected three errors, got {other:?}"),
    }
}

#[test]
fn a_lowering_error_names_the_page() {
    let mut op = sample_op();
    op["responses"]["201"]["content"]["application/json"]["schema"] =
        json!({"type": "object", "title": "Odd", "properties": {"x": {"not": {"type": "string"}}}});
    let doc = from_memory(&one_page(&op)).expect("assembles");
    let text = message(&mdx::lower(&doc).expect_err("`not` is unsupported"));
    assert!(
        text.starts_with(
            "one.api.mdx#/responses/201/content/application~1json/schema/properties/x/not: unsupported: not"
        ),
        "{text}"
    );
}

// ---------------------------------------------------------------- folders

#[test]
fn folders_are_searched_recursively() {
    let dir = scratch_dir("mdx-folders");
    let doc = sample_document();
    let pages = pages_of(&doc, Form::Raw, true);
    for (index, (name, bytes)) in pages.iter().enumerate() {
        let sub = dir.join(format!("tag{index}")).join("deeper");
        std::fs::create_dir_all(&sub).expect("mkdir");
        std::fs::write(sub.join(name), bytes).expect("write");
    }
    std::fs::write(dir.join("sidebar.ts"), "export default {}").expect("write");
    std::fs::write(dir.join("authentik.info.mdx"), "---\nid: authentik\n---\n").expect("write");
    std::fs::write(dir.join("README.md"), "not a page").expect("write");
    let got = mdx::load_pages(std::slice::from_ref(&dir), &limits()).expect("assembles");
    assert_eq!(got.pages, pages.len());
    assert_eq!(normalised(&got.openapi), expected(&doc));

    let (api, warnings) = mdx::load(std::slice::from_ref(&dir), &limits()).expect("lowers");
    assert!(warnings.is_empty());
    assert_eq!(api.operations.len(), pages.len());

    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).expect("mkdir");
    let text = message(&mdx::load_pages(&[empty], &limits()).expect_err("no pages"));
    assert!(text.ends_with("no *.api.mdx page in this folder"), "{text}");
    let text = message(&mdx::load_pages(&[dir.join("missing")], &limits()).expect_err("missing"));
    assert!(
        text.starts_with(&dir.join("missing").display().to_string()),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn page_order_does_not_change_the_document() {
    let doc = sample_document();
    let mut pages = pages_of(&doc, Form::Raw, true);
    let first = from_memory(&pages).expect("assembles");
    pages.reverse();
    let second = from_memory(&pages).expect("assembles");
    assert_eq!(normalised(&first.openapi), normalised(&second.openapi));
}

#[test]
fn unlimited_limits_do_not_overflow() {
    let unlimited = MdxLimits {
        max_page_bytes: u64::MAX,
        max_inflated_page_bytes: u64::MAX,
        max_inflated_total_bytes: u64::MAX,
    };
    let dir = scratch_dir("mdx-unlimited");
    let file = dir.join("one.api.mdx");
    std::fs::write(&file, page(&sample_op(), Form::Raw)).expect("write");
    let doc = mdx::load_pages(&[file], &unlimited).expect("reads");
    assert_eq!(doc.pages, 1);
    let _ = std::fs::remove_dir_all(dir);
}
