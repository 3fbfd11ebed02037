//! Output is a function of the input's content: byte-identical across runs
//! and across any reordering of the input's maps.

use authentik_codegen::Config;
use authentik_codegen::Output;
use authentik_codegen_tests::inputs;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn render(spec: &Path) -> Output {
    Config::new()
        .spec(spec)
        .render()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// JSON text of `value` with every object's keys written in reverse order.
fn reversed_json(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            out.push('{');
            let entries: Vec<(&String, &Value)> = map.iter().rev().collect();
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(k).unwrap());
                out.push(':');
                reversed_json(v, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                reversed_json(v, out);
            }
            out.push(']');
        }
        other => out.push_str(&serde_json::to_string(other).unwrap()),
    }
}

fn assert_same(a: &Output, b: &Output, what: &str) {
    assert_eq!(
        a.files.keys().collect::<Vec<_>>(),
        b.files.keys().collect::<Vec<_>>(),
        "{what}: file set"
    );
    for (path, contents) in &a.files {
        assert!(
            contents == &b.files[path],
            "{what}: {} differs",
            path.display()
        );
    }
}

fn check_reordering(spec: &Path) {
    // As the generator reads it (integers beyond i64 included).
    let (yaml, _) = authentik_codegen::__private::openapi::read_json(
        spec,
        authentik_codegen::DEFAULT_MAX_INPUT_BYTES,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut text = String::new();
    reversed_json(&yaml, &mut text);
    assert_ne!(
        text,
        serde_json::to_string(&yaml).unwrap(),
        "the reordering changes nothing"
    );
    let tmp: PathBuf = std::env::temp_dir().join(format!(
        "authentik-codegen-reordered-{}-{}.json",
        std::process::id(),
        spec.file_stem().unwrap().to_string_lossy()
    ));
    std::fs::write(&tmp, text).unwrap();
    let reordered = render(&tmp);
    let _ = std::fs::remove_file(&tmp);
    assert_same(
        &render(spec),
        &reordered,
        &format!("{} reordered", spec.display()),
    );
}

#[test]
fn fixtures_are_independent_of_map_order() {
    let dir = inputs::repo_root().join("specs/fixtures");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            check_reordering(&path);
            count += 1;
        }
    }
    assert!(count >= 10);
}

#[test]
fn latest_spec_is_deterministic_and_independent_of_map_order() {
    let Some(spec) = inputs::fetched_spec(&inputs::latest()) else {
        return;
    };
    assert_same(&render(&spec), &render(&spec), "two runs");
    check_reordering(&spec);
}
