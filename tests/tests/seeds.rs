//! Response examples from rendered authentik API docs pages (the seeds in
//! `$AUTHENTIK_SEEDS_DIR`) deserialize into the generated response types.
//!
//! A seed page starts with the operation id, lists its response statuses
//! under `Responses` (`- 200`, `- 400`, ...), and shows one JSON example per
//! status, in that order, each after a `- Example (from schema)` line.

use authentik_codegen_tests::{inputs, v2024_12_1_dispatch, v2024_8_3_dispatch};
use serde_json::Value;
use std::path::Path;

type Dispatch = fn(&str, &str, Value) -> Option<Result<Value, String>>;

/// A parsed seed page.
struct Seed {
    file: String,
    operation: String,
    /// `(status, example)` in page order.
    examples: Vec<(String, Value)>,
}

const MARKER: &str = "- Example (from schema)";

fn read_seed(dir: &Path, number: &str) -> Seed {
    let mut matches: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("{number}_"))
        })
        .collect();
    matches.sort();
    let path = matches
        .first()
        .unwrap_or_else(|| panic!("no seed {number}_* in {}", dir.display()));
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
    parse_seed(file, &text)
}

fn parse_seed(file: String, text: &str) -> Seed {
    let operation = text.lines().next().unwrap_or_default().trim().to_owned();
    assert!(
        !operation.is_empty(),
        "{file}: no operation id on the first line"
    );

    let statuses: Vec<String> = text
        .lines()
        .skip_while(|l| l.trim() != "Responses")
        .skip(1)
        .map_while(|l| {
            l.trim()
                .strip_prefix("- ")
                .filter(|s| s.chars().all(|c| c.is_ascii_digit()))
        })
        .map(str::to_owned)
        .collect();

    let first_line_end = text.find('\n').unwrap_or(text.len());
    let mut examples = Vec::new();
    let mut rest = &text[first_line_end..];
    while let Some(at) = rest.find(MARKER) {
        rest = &rest[at + MARKER.len()..];
        let (json, end) = first_json_object(rest).unwrap_or_else(|| {
            panic!(
                "{file}: no JSON object after example {}",
                examples.len() + 1
            )
        });
        let status = statuses
            .get(examples.len())
            .unwrap_or_else(|| panic!("{file}: more examples than statuses {statuses:?}"))
            .clone();
        examples.push((status, json));
        rest = &rest[end..];
    }
    Seed {
        file,
        operation,
        examples,
    }
}

/// The first balanced `{...}` in `text` that parses as JSON, and the byte
/// offset just after it.
fn first_json_object(text: &str) -> Option<(Value, usize)> {
    let mut from = 0;
    while let Some(offset) = text[from..].find('{') {
        let start = from + offset;
        if let Some(end) = balanced_end(&text[start..]).map(|e| start + e) {
            if let Ok(value) = serde_json::from_str(&text[start..end]) {
                return Some((value, end));
            }
        }
        from = start + 1;
    }
    None
}

/// The length of the balanced `{...}` that `text` starts with, skipping
/// braces inside JSON strings.
fn balanced_end(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => depth += 1,
            '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// The seed pages were rendered from a schema older than every pinned
/// version: their `OAuth2Provider` examples lack `invalidation_flow`, which
/// all four pinned schemas (2024.8.3 included) require. The raw examples
/// must fail on exactly that field and nothing else; with the field filled
/// in they must deserialize and round-trip.
const SCHEMA_GAP: &str = "invalidation_flow";

fn fill_gap(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("client_type") && !map.contains_key(SCHEMA_GAP) {
                map.insert(
                    SCHEMA_GAP.into(),
                    "3fa85f64-5717-4562-b3fc-2c963f66afa6".into(),
                );
            }
            map.values_mut().for_each(fill_gap);
        }
        Value::Array(items) => items.iter_mut().for_each(fill_gap),
        _ => {}
    }
}

/// Problems with `seed`'s examples under `dispatch` (empty: all good).
fn failures(seed: &Seed, dispatch: Dispatch, module: &str) -> Vec<String> {
    let statuses: Vec<&str> = seed.examples.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        statuses,
        ["200", "400", "403"],
        "{}: example statuses",
        seed.file
    );
    let mut out = Vec::new();
    for (status, example) in &seed.examples {
        let what = format!("{} {} {status} with {module}", seed.file, seed.operation);
        let mut filled = example.clone();
        fill_gap(&mut filled);
        if filled != *example {
            match dispatch(&seed.operation, status, example.clone()) {
                Some(Err(e)) if e.starts_with(&format!("missing field `{SCHEMA_GAP}`")) => {}
                other => out.push(format!(
                    "{what}: expected to fail on `{SCHEMA_GAP}` alone, got {other:?}"
                )),
            }
        }
        match dispatch(&seed.operation, status, filled.clone()) {
            None => out.push(format!(
                "{what}: no such operation/status in the generated dispatch"
            )),
            Some(Err(e)) => out.push(format!("{what}: does not deserialize: {e}\n{filled}")),
            Some(Ok(back)) => {
                let dropped = dropped_keys(&filled, &back, String::new());
                // Fields the page shows but this version's schema lacks are
                // dropped (serde ignores unknown fields); anything else is a bug.
                let allowed = ["jwks_sources"];
                let unexpected: Vec<&String> = dropped
                    .iter()
                    .filter(|p| !allowed.iter().any(|a| p.ends_with(&format!("/{a}"))))
                    .collect();
                if !unexpected.is_empty() {
                    out.push(format!("{what}: round trip lost {unexpected:?}"));
                }
            }
        }
    }
    out
}

/// JSON pointers present in `a` but not in `b`.
fn dropped_keys(a: &Value, b: &Value, at: String) -> Vec<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x
            .iter()
            .flat_map(|(k, v)| match y.get(k) {
                Some(w) => dropped_keys(v, w, format!("{at}/{k}")),
                None => vec![format!("{at}/{k}")],
            })
            .collect(),
        (Value::Array(x), Value::Array(y)) => x
            .iter()
            .zip(y)
            .enumerate()
            .flat_map(|(i, (v, w))| dropped_keys(v, w, format!("{at}/{i}")))
            .collect(),
        _ => Vec::new(),
    }
}

fn assert_none(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn seeds_dir() -> Option<std::path::PathBuf> {
    inputs::env_dir("AUTHENTIK_SEEDS_DIR")
}

#[test]
fn seed_001_with_2024_8() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, "001");
    assert_eq!(seed.operation, "oauth2_refresh_tokens_retrieve");
    assert_none(failures(
        &seed,
        v2024_8_3_dispatch::roundtrip_response,
        "v2024_8_3",
    ));
}

#[test]
fn seed_003_with_2024_8() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, "003");
    assert_eq!(seed.operation, "oauth2_authorization_codes_retrieve");
    assert_none(failures(
        &seed,
        v2024_8_3_dispatch::roundtrip_response,
        "v2024_8_3",
    ));
}

#[test]
fn seed_002_with_2024_12() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, "002");
    assert_eq!(seed.operation, "oauth2_access_tokens_list");
    assert_none(failures(
        &seed,
        v2024_12_1_dispatch::roundtrip_response,
        "v2024_12_1",
    ));
}

/// The one crate folded from all pinned versions reads every seed: the
/// legacy string `redirect_uris` (001, 003) and the array form (002).
#[test]
fn seeds_with_the_folded_crate() {
    let Some(dir) = seeds_dir() else { return };
    fn read<T: serde::de::DeserializeOwned>(seed: &Seed) -> T {
        let mut body = seed.examples[0].1.clone();
        fill_gap(&mut body);
        serde_json::from_value(body).unwrap_or_else(|e| panic!("{}: {e}", seed.file))
    }
    use authentik_api::models;
    let token: models::TokenModel = read(&read_seed(&dir, "001"));
    assert_eq!(token.provider.name, "string");
    let grant: models::ExpiringBaseGrantModel = read(&read_seed(&dir, "003"));
    assert_eq!(grant.provider.name, "string");
    let page: models::PaginatedTokenModelList = read(&read_seed(&dir, "002"));
    assert_eq!(page.results.len(), 1);
    // Newer schemas type `provider` as the generic `Provider`; the pages show
    // an OAuth2 provider, which the folded `OAuth2Provider` reads in both forms.
    let provider = |seed: &str, pointer: &str| -> models::OAuth2Provider {
        let mut body = read_seed(&dir, seed).examples[0].1.clone();
        fill_gap(&mut body);
        serde_json::from_value(body.pointer(pointer).unwrap().clone()).unwrap()
    };
    let legacy = provider("001", "/provider")
        .redirect_uris
        .expect("redirect_uris");
    assert_eq!((legacy.len(), legacy[0].url.as_str()), (1, "string"));
    assert_eq!(legacy[0].matching_mode, models::MatchingModeEnum::Strict);
    assert_eq!(
        provider("003", "/provider").redirect_uris.map(|u| u.len()),
        Some(1)
    );
    let current = provider("002", "/results/0/provider")
        .redirect_uris
        .expect("redirect_uris");
    assert_eq!(current[0].url, "string");
    for seed in ["001", "002", "003"] {
        let seed = read_seed(&dir, seed);
        let _: models::ValidationError =
            serde_json::from_value(seed.examples[1].1.clone()).unwrap();
        let _: models::GenericError = serde_json::from_value(seed.examples[2].1.clone()).unwrap();
    }
}

#[test]
fn seed_parser_reads_multi_line_examples() {
    let page = "op_retrieve\nGET/x/\nResponses\n- 200\n- 400\n- 403\n- Example (from schema)\nSchema\nArray [\n]\n\
                text {not json}\n{\n\"a\": \"}{\",\n\"b\": [\n{}\n]\n}\n- Example (from schema)\nSchema\n{\n\"code\": \"string\"\n}\n\
                - Example (from schema)\nSchema\n{\n\"detail\": \"string\"\n}";
    let seed = parse_seed("page".into(), page);
    assert_eq!(seed.operation, "op_retrieve");
    let examples: Vec<(&str, &Value)> =
        seed.examples.iter().map(|(s, v)| (s.as_str(), v)).collect();
    assert_eq!(
        examples,
        [
            ("200", &serde_json::json!({"a": "}{", "b": [{}]})),
            ("400", &serde_json::json!({"code": "string"})),
            ("403", &serde_json::json!({"detail": "string"})),
        ]
    );
}
