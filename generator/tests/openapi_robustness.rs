//! Robustness of the OpenAPI front-end: a bounded, deterministic "smoke
//! fuzz", the sibling of `mdx_robustness.rs`.
//!
//! Seeds: the fixture specs (`specs/fixtures`) and, when
//! `AUTHENTIK_OTHER_SPECS_DIR` is set, drf-spectacular's fixtures from it.
//! Each of [`ITERATIONS`] mutants is one seed changed at the text level
//! (truncation, deleted span, flipped byte) or at the value level (a key
//! deleted, a value of another type, a `$ref` broken or made circular,
//! 2,000 levels of nesting, numbers beyond every integer type, 3.1
//! constructs), written to a file and generated in full (`Config::render`).
//! The large documents of the folder get a few truncations each through
//! `source::openapi::load`. Nothing may panic; errors name the file and stay
//! bounded in size; a failed `write_crate` leaves nothing behind.

mod mdx_support;

use authentik_codegen::Config;
use mdx_support::env_dir;
use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

const ITERATIONS: usize = 300;
/// Levels of the deeply nested values (far past serde_json's and the
/// generator's own limits).
const DEEP: usize = 2_000;
/// Pointers are collected this deep at most (a nested value inserted by an
/// earlier mutation would make every later one quadratic).
const MAX_POINTER_DEPTH: usize = 64;
/// Truncations per large document.
const LARGE_CUTS: usize = 3;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The seed documents, as text.
fn seeds() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut dirs = vec![repo().join("specs/fixtures")];
    if let Some(dir) = env_dir("AUTHENTIK_OTHER_SPECS_DIR") {
        dirs.push(dir.join("drf-spectacular"));
        dirs.push(dir.join("drf-spectacular/contrib"));
    }
    for dir in dirs {
        for entry in std::fs::read_dir(&dir).expect("a seed folder") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("a seed");
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect()
}

/// Every JSON pointer of `value` (objects and arrays included).
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    if at.matches('/').count() >= MAX_POINTER_DEPTH {
        return;
    }
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

/// A value nested `depth` levels through `key`.
fn deep(key: &str, depth: usize) -> Value {
    let mut v = json!({"type": "string"});
    for _ in 0..depth {
        v = match key {
            "items" => json!({"type": "array", "items": v}),
            "allOf" => json!({"allOf": [v]}),
            _ => json!({"type": "object", "properties": {"a": v}}),
        };
    }
    v
}

/// One value-level mutation of `doc`.
fn mutate_value(rng: &mut Rng, doc: &mut Value) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    if all.is_empty() {
        return;
    }
    let target = all[rng.below(all.len())].clone();
    let (parent, key) = target.rsplit_once('/').expect("a pointer has a parent");
    let replacement = match rng.below(12) {
        0 => None,
        1 => Some(json!("text")),
        2 => Some(json!(42)),
        3 => Some(json!(null)),
        4 => Some(json!([1, "two", {}])),
        5 => Some(json!({"$ref": "#/components/schemas/Missing"})),
        6 => Some(json!({"$ref": format!("#{parent}")})),
        7 => Some(deep(["items", "allOf", "properties"][rng.below(3)], DEEP)),
        8 => Some(json!({"type": "integer", "minimum": 1e300, "maximum": -1.5e19})),
        9 => Some(json!({"type": ["string", "null", "integer"], "const": 3, "enum": []})),
        10 => Some(json!({"allOf": [{"type": "string"}, {"type": "object"}, {"anyOf": []}]})),
        _ => Some(json!({"$ref": "not a pointer ~2"})),
    };
    let Some(parent) = doc.pointer_mut(parent) else {
        return;
    };
    match (parent, replacement) {
        (Value::Object(map), None) => {
            map.remove(&key.replace("~1", "/").replace("~0", "~"));
        }
        (Value::Object(map), Some(v)) => {
            map.insert(key.replace("~1", "/").replace("~0", "~"), v);
        }
        (Value::Array(items), r) => {
            let i: usize = key.parse().unwrap_or(0);
            match r {
                None if i < items.len() => {
                    items.remove(i);
                }
                Some(v) if i < items.len() => items[i] = v,
                _ => {}
            }
        }
        _ => {}
    }
    if rng.below(8) == 0 {
        doc["openapi"] = json!("3.1.0");
    }
}

/// One text-level mutation.
fn mutate_text(rng: &mut Rng, text: &str) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    let len = bytes.len();
    match rng.below(3) {
        0 => bytes.truncate(rng.below(len + 1)),
        1 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(256)).min(len);
            bytes.drain(start..end);
        }
        _ if len > 0 => {
            let at = rng.below(len);
            bytes[at] = b":-[{\"'\t\n\xff"[rng.below(9)];
        }
        _ => {}
    }
    bytes
}

/// Generate `bytes` as the document at `path`: no panic, a bounded error
/// naming the file. Returns whether it generated.
fn check(path: &Path, bytes: &[u8], what: &str) -> bool {
    std::fs::write(path, bytes).expect("write the mutant");
    let result = catch_unwind(AssertUnwindSafe(|| Config::new().spec(path).render()));
    match result {
        Err(_) => panic!(
            "{what}: the generator panicked (input kept at {})",
            path.display()
        ),
        Ok(Ok(_)) => true,
        Ok(Err(e)) => {
            let message = e.to_string();
            assert!(
                message.contains(&path.display().to_string()),
                "{what}: the error does not name the file: {message}"
            );
            assert!(
                message.len() <= 64 * 1024 + 4 * bytes.len(),
                "{what}: an error of {} bytes",
                message.len()
            );
            false
        }
    }
}

#[test]
fn mutated_documents_never_panic() {
    // Deep nesting recurses; give the generator a main-thread-sized stack.
    let run = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(run_mutants)
        .expect("spawn");
    run.join().expect("no panic");
}

fn run_mutants() {
    let seeds = seeds();
    assert!(!seeds.is_empty());
    let dir = std::env::temp_dir().join(format!(
        "authentik-codegen-openapi-fuzz-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let mut rng = Rng(0x5eed_0a11);
    let (mut generated, mut rejected) = (0, 0);
    for i in 0..ITERATIONS {
        let (name, text) = &seeds[i % seeds.len()];
        let (bytes, ext) = if i % 3 == 0 {
            (mutate_text(&mut rng, text), "yaml")
        } else {
            let Ok(mut doc) = serde_yaml::from_str::<Value>(text) else {
                continue;
            };
            for _ in 0..1 + rng.below(3) {
                mutate_value(&mut rng, &mut doc);
            }
            (serde_json::to_vec(&doc).unwrap(), "json")
        };
        let path = dir.join(format!("mutant-{i}.{ext}"));
        if check(&path, &bytes, &format!("mutant {i} of {name}")) {
            generated += 1;
        } else {
            rejected += 1;
            if rejected % 50 == 1 {
                // A failed write leaves nothing behind.
                let out = dir.join(format!("out-{i}"));
                assert!(Config::new().spec(&path).write_crate(&out).is_err());
                assert!(!out.exists(), "mutant {i}: partial output");
            }
        }
        let _ = std::fs::remove_file(&path);
    }
    eprintln!(
        "{ITERATIONS} mutants: {generated} generated, {rejected} rejected with located errors"
    );
    assert!(
        generated > 0 && rejected > 0,
        "the mutations test both paths"
    );
    large_documents(&dir);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Truncated copies of the large documents: parse and lower only.
fn large_documents(dir: &Path) {
    let Some(root) = env_dir("AUTHENTIK_OTHER_SPECS_DIR") else {
        return;
    };
    let mut rng = Rng(0x1a26e);
    let mut files = Vec::new();
    for sub in ["inventree", "nautobot", "openai", "pagerduty"] {
        for entry in std::fs::read_dir(root.join(sub)).expect("a corpus folder") {
            files.push(entry.expect("an entry").path());
        }
    }
    files.sort();
    for file in files {
        let raw = std::fs::read(&file).unwrap();
        let text = if file.extension().is_some_and(|e| e == "gz") {
            let mut out = Vec::new();
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&raw[..]), &mut out)
                .expect("gunzip");
            out
        } else {
            raw
        };
        for cut in 0..LARGE_CUTS {
            let at = rng.below(text.len());
            let path = dir.join(format!("large-{cut}"));
            std::fs::write(&path, &text[..at]).unwrap();
            let result = catch_unwind(AssertUnwindSafe(|| {
                authentik_codegen::__private::openapi::load(&path, 1 << 30)
            }));
            match result {
                Err(_) => panic!("{} cut at {at}: panicked", file.display()),
                Ok(Err(e)) => assert!(e.to_string().len() < 1 << 20, "a huge error"),
                Ok(Ok(_)) => {}
            }
        }
    }
}
