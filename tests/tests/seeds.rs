//! Response examples from rendered authentik API docs pages (the seeds in
//! `$AUTHENTIK_SEEDS_DIR`) deserialize into the generated response types.
//!
//! A seed page starts with the operation id, lists its response statuses
//! under `Responses` (`- 200`, `- 400`, ...), and shows one JSON example per
//! status, in that order, each after a `- Example (from schema)` line.

use authentik_codegen_tests::{inputs, v2024_12_1_dispatch, v2024_8_3_dispatch, v2026_11_0_rc1_dispatch};
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
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(&format!("{number}_")))
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
    assert!(!operation.is_empty(), "{file}: no operation id on the first line");

    let statuses: Vec<String> = text
        .lines()
        .skip_while(|l| l.trim() != "Responses")
        .skip(1)
        .map_while(|l| l.trim().strip_prefix("- ").filter(|s| s.chars().all(|c| c.is_ascii_digit())))
        .map(str::to_owned)
        .collect();

    let first_line_end = text.find('\n').unwrap_or(text.len());
    let mut examples = Vec::new();
    let mut rest = &text[first_line_end..];
    while let Some(at) = rest.find(MARKER) {
        rest = &rest[at + MARKER.len()..];
        let (json, end) = first_json_object(rest).unwrap_or_else(|| panic!("{file}: no JSON object after example {}", examples.len() + 1));
        let status = statuses
            .get(examples.len())
            .unwrap_or_else(|| panic!("{file}: more examples than statuses {statuses:?}"))
            .clone();
        examples.push((status, json));
        rest = &rest[end..];
    }
    Seed { file, operation, examples }
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

/// Assert that every example of `seed` deserializes with `dispatch`.
fn assert_examples(seed: &Seed, dispatch: Dispatch, module: &str) {
    let statuses: Vec<&str> = seed.examples.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(statuses, ["200", "400", "403"], "{}: example statuses", seed.file);
    for (status, example) in &seed.examples {
        let what = format!("{} {} {status} with {module}", seed.file, seed.operation);
        match dispatch(&seed.operation, status, example.clone()) {
            None => panic!("{what}: no such operation/status in the generated dispatch"),
            Some(Err(e)) => panic!("{what}: does not deserialize: {e}\n{example:#}"),
            Some(Ok(back)) if back != *example => {
                eprintln!("note: {what}: deserializes but serialises differently:\n  sent {example}\n  got  {back}")
            }
            Some(Ok(_)) => {}
        }
    }
}

fn seeds_dir() -> Option<std::path::PathBuf> {
    inputs::env_dir("AUTHENTIK_SEEDS_DIR")
}

#[test]
fn seed_001_with_2024_8() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, "001");
    assert_eq!(seed.operation, "oauth2_refresh_tokens_retrieve");
    assert_examples(&seed, v2024_8_3_dispatch::roundtrip_response, "v2024_8_3");
}

#[test]
fn seed_003_with_2024_8() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, "003");
    assert_examples(&seed, v2024_8_3_dispatch::roundtrip_response, "v2024_8_3");
}

#[test]
fn seed_002_with_2024_12_and_latest() {
    let Some(dir) = seeds_dir() else { return };
    let seed = read_seed(&dir, "002");
    assert_examples(&seed, v2024_12_1_dispatch::roundtrip_response, "v2024_12_1");

    // Informational only: newer versions may have changed the shape.
    for (status, example) in &seed.examples {
        let what = format!("{} {} {status} with v2026_11_0_rc1", seed.file, seed.operation);
        match v2026_11_0_rc1_dispatch::roundtrip_response(&seed.operation, status, example.clone()) {
            None => eprintln!("note: {what}: no such operation/status in the latest version"),
            Some(Err(e)) => eprintln!("note: {what}: does not deserialize: {e}"),
            Some(Ok(_)) => eprintln!("note: {what}: deserializes"),
        }
    }
}

#[test]
fn seed_parser_reads_multi_line_examples() {
    let page = "op_retrieve\nGET/x/\nResponses\n- 200\n- 400\n- 403\n- Example (from schema)\nSchema\nArray [\n]\n\
                text {not json}\n{\n\"a\": \"}{\",\n\"b\": [\n{}\n]\n}\n- Example (from schema)\nSchema\n{\n\"code\": \"string\"\n}\n\
                - Example (from schema)\nSchema\n{\n\"detail\": \"string\"\n}";
    let seed = parse_seed("page".into(), page);
    assert_eq!(seed.operation, "op_retrieve");
    let examples: Vec<(&str, &Value)> = seed.examples.iter().map(|(s, v)| (s.as_str(), v)).collect();
    assert_eq!(
        examples,
        [
            ("200", &serde_json::json!({"a": "}{", "b": [{}]})),
            ("400", &serde_json::json!({"code": "string"})),
            ("403", &serde_json::json!({"detail": "string"})),
        ]
    );
}
