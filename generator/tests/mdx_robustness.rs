//! Robustness of the MDX front-end: a bounded, deterministic "smoke fuzz".
//!
//! 2,000 mutated inputs at three layers (page text, compressed bytes,
//! decoded JSON), built from synthetic pages in every accepted shape and,
//! when `AUTHENTIK_SEEDS_DIR` is set, the seed pages. Each input is read,
//! assembled and (when that succeeds) lowered. Nothing may panic, and what
//! comes out is bounded: error messages by the input's size, documents by
//! the inflation caps. The real fuzzer is `fuzz/` (cargo-fuzz).

mod mdx_support;

use authentik_codegen::__private::mdx::{self, MdxLimits};
use mdx_support::{
    encode_blob, encode_bytes, env_dir, inline_operation, page, page_with_blob, sample_document,
    seed, Form,
};
use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

const ITERATIONS: usize = 2_000;

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

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn limits() -> MdxLimits {
    MdxLimits {
        max_page_bytes: 4 * 1024 * 1024,
        max_inflated_page_bytes: 1024 * 1024,
        max_inflated_total_bytes: 3 * 1024 * 1024,
    }
}

/// Operation JSONs and the pages made from them.
fn corpus() -> (Vec<Value>, Vec<Vec<u8>>) {
    let doc = sample_document();
    let mut ops: Vec<Value> = mdx_support::operations(&doc)
        .into_iter()
        .map(|(path, method)| inline_operation(&doc, &path, &method, true))
        .collect();
    let mut pages: Vec<Vec<u8>> = Vec::new();
    for (index, op) in ops.iter().enumerate() {
        pages.push(page(op, Form::ALL[index % Form::ALL.len()]).into_bytes());
    }
    if let Some(dir) = env_dir("AUTHENTIK_SEEDS_DIR") {
        for number in ["000", "004"] {
            if let Some(bytes) = seed(&dir, number).and_then(|p| std::fs::read(p).ok()) {
                pages.push(bytes);
            }
        }
    }
    // A few shapes that stress the assembler.
    ops.push(json!({
        "operationId": "deep", "method": "get", "path": "/deep/", "responses": {"200": {
            "description": "", "content": {"application/json": {"schema": nested(30)}}}}
    }));
    (ops, pages)
}

/// A schema nested `depth` objects deep, every level titled.
fn nested(depth: usize) -> Value {
    let mut schema = json!({"type": "string"});
    for level in 0..depth {
        schema = json!({"type": "object", "title": format!("Level{level}"), "properties": {"next": schema}});
    }
    schema
}

const INTERESTING: &[u8] = b"|\n\r-:\"'= \x00\xff{}[]eJ";

/// Mutate page text.
fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let len = bytes.len();
    match rng.below(8) {
        0 if len > 0 => {
            let at = rng.below(len);
            bytes[at] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let at = rng.below(len);
            bytes[at] = *rng.pick(INTERESTING);
        }
        2 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(64)).min(len);
            bytes.drain(start..end);
        }
        3 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(4096)).min(len);
            let copy: Vec<u8> = bytes[start..end].to_vec();
            let at = rng.below(len);
            bytes.splice(at..at, copy);
        }
        4 => bytes.truncate(rng.below(len + 1)),
        5 => {
            const INSERTS: [&[u8]; 7] = [
                b"---\n",
                b"api: ",
                b"\n|\n|\n",
                b"\r\n",
                b"\xef\xbb\xbf",
                b"api: eJ",
                b"\n  ",
            ];
            let insert = INSERTS[rng.below(INSERTS.len())];
            let at = rng.below(len + 1);
            bytes.splice(at..at, insert.iter().copied());
        }
        6 => {
            // Lines turned into a scraped copy or CRLF.
            let text = String::from_utf8_lossy(bytes).into_owned();
            let out = if rng.below(2) == 0 {
                text.replace('\n', "\n|\n|\n")
            } else {
                text.replace('\n', "\r\n")
            };
            *bytes = out.into_bytes();
        }
        _ => {
            for _ in 0..1 + rng.below(8) {
                if !bytes.is_empty() {
                    let at = rng.below(bytes.len());
                    bytes[at] = rng.next() as u8;
                }
            }
        }
    }
}

/// Mutate decoded JSON: remove, replace or retitle a random node.
fn mutate_json(rng: &mut Rng, value: &mut Value, depth: usize) {
    let descend = depth < 12 && rng.below(4) != 0;
    match value {
        Value::Object(map) if !map.is_empty() && descend => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            if let Some(child) = map.get_mut(&key) {
                mutate_json(rng, child, depth + 1);
            }
        }
        Value::Array(items) if !items.is_empty() && descend => {
            let at = rng.below(items.len());
            mutate_json(rng, &mut items[at], depth + 1);
        }
        Value::Object(map) => match rng.below(7) {
            0 => {
                let keys: Vec<String> = map.keys().cloned().collect();
                if !keys.is_empty() {
                    map.remove(rng.pick(&keys));
                }
            }
            1 => {
                map.insert(
                    "title".into(),
                    json!(*rng.pick(&["Thing", "ID", "OAuth2Provider", "a b", ""])),
                );
            }
            2 => {
                map.insert(
                    "$ref".into(),
                    json!("#/components/schemas/\u{1}mdx-shape:0"),
                );
            }
            3 => {
                map.insert(
                    "oneOf".into(),
                    json!([{"type": "object", "title": "Member"}]),
                );
                map.insert("discriminator".into(), json!({"propertyName": "component"}));
            }
            4 => {
                map.insert(
                    "type".into(),
                    json!(*rng.pick(&["integer", "object", "array", "nope"])),
                );
                map.insert("maximum".into(), json!(9.3e18));
            }
            5 => {
                map.insert("properties".into(), json!({"x": nested(rng.below(20))}));
            }
            _ => *value = random_scalar(rng),
        },
        _ => *value = random_scalar(rng),
    }
}

fn random_scalar(rng: &mut Rng) -> Value {
    match rng.below(6) {
        0 => Value::Null,
        1 => json!(rng.below(2) == 0),
        2 => json!(rng.next() as i64),
        3 => json!("text"),
        4 => json!([]),
        _ => json!({}),
    }
}

/// One input: 1-3 pages, all mutated at one layer (page text a third of
/// the time, decoded JSON half of the time, compressed bytes otherwise).
fn make_input(rng: &mut Rng, ops: &[Value], pages: &[Vec<u8>]) -> Vec<(PathBuf, Vec<u8>)> {
    let count = 1 + rng.below(3);
    let layer = rng.below(6);
    (0..count)
        .map(|n| {
            let bytes = match layer {
                0 | 1 => {
                    let mut bytes = rng.pick(pages).clone();
                    for _ in 0..1 + rng.below(3) {
                        mutate_bytes(rng, &mut bytes);
                    }
                    bytes
                }
                2..=4 => {
                    let mut op = rng.pick(ops).clone();
                    // Distinct operations, so that most inputs are not
                    // rejected only as duplicates.
                    op["operationId"] = json!(format!("op_{n}"));
                    op["path"] = json!(format!("/p{n}/"));
                    for _ in 0..rng.below(4) {
                        mutate_json(rng, &mut op, 0);
                    }
                    page(&op, *rng.pick(&Form::ALL)).into_bytes()
                }
                _ => {
                    use base64::Engine as _;
                    let op = rng.pick(ops);
                    let mut compressed = base64::engine::general_purpose::STANDARD
                        .decode(encode_blob(op))
                        .unwrap_or_default();
                    mutate_bytes(rng, &mut compressed);
                    let blob = base64::engine::general_purpose::STANDARD.encode(compressed);
                    page_with_blob("x", "get", "/x/", &blob, *rng.pick(&Form::ALL)).into_bytes()
                }
            };
            (PathBuf::from(format!("page{n}.api.mdx")), bytes)
        })
        .collect()
}

#[test]
fn mutated_pages_never_panic_and_stay_bounded() {
    let (ops, pages) = corpus();
    let limits = limits();
    let mut rng = Rng(0x5eed_0fa7_1ce5);
    let (mut assembled, mut lowered, mut rejected) = (0, 0, 0);
    for iteration in 0..ITERATIONS {
        let input = make_input(&mut rng, &ops, &pages);
        let input_bytes: usize = input.iter().map(|(_, b)| b.len()).sum();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            match mdx::load_pages_from_memory(&input, &limits) {
                Ok(doc) => {
                    let size = serde_json::to_vec(&doc.openapi).map_or(0, |v| v.len());
                    let cap = input.len() * limits.max_inflated_page_bytes as usize * 2 + 65536;
                    assert!(
                        size <= cap,
                        "document of {size} bytes from {input_bytes} bytes"
                    );
                    (true, mdx::lower(&doc).is_ok(), 0)
                }
                Err(error) => (false, false, error.to_string().len()),
            }
        }));
        match outcome {
            Ok((true, ok, _)) => {
                assembled += 1;
                lowered += usize::from(ok);
            }
            Ok((false, _, message)) => {
                rejected += 1;
                assert!(
                    message <= 4 * input_bytes + 8192,
                    "iteration {iteration}: a {message}-byte message for {input_bytes} bytes"
                );
            }
            Err(_) => {
                let dump = std::env::temp_dir().join(format!("mdx-robustness-{iteration}"));
                let _ = std::fs::create_dir_all(&dump);
                for (name, bytes) in &input {
                    let _ = std::fs::write(dump.join(name), bytes);
                }
                panic!(
                    "iteration {iteration} panicked; input in {}",
                    dump.display()
                );
            }
        }
    }
    println!("{ITERATIONS} inputs: {assembled} assembled ({lowered} lowered), {rejected} rejected");
    assert_eq!(assembled + rejected, ITERATIONS);
    assert!(
        assembled > 0 && rejected > 0,
        "the mutations reach both outcomes"
    );
}

#[test]
fn zip_bombs_of_every_form_stop_at_the_cap() {
    let limits = limits();
    let bomb = encode_bytes(&vec![b'{'; 8 * 1024 * 1024]);
    for form in Form::ALL {
        let pages = vec![(
            PathBuf::from("bomb.api.mdx"),
            page_with_blob("x", "get", "/x/", &bomb, form).into_bytes(),
        )];
        let error = mdx::load_pages_from_memory(&pages, &limits).expect_err("capped");
        let text = error.to_string();
        assert!(text.starts_with("bomb.api.mdx:"), "{form:?}: {text}");
        assert!(text.contains("the limit for one page"), "{form:?}: {text}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Deeper than serde_json's recursion limit.
    let mut text =
        String::from("{\"method\":\"get\",\"path\":\"/x/\",\"operationId\":\"x\",\"responses\":");
    text.push_str(&"[".repeat(10_000));
    text.push_str(&"]".repeat(10_000));
    text.push('}');
    let pages = vec![(
        PathBuf::from("deep.api.mdx"),
        page_with_blob("x", "get", "/x/", &encode_bytes(text.as_bytes()), Form::Raw).into_bytes(),
    )];
    let error = mdx::load_pages_from_memory(&pages, &limits()).expect_err("too deep");
    assert!(error.to_string().contains("recursion limit"), "{error}");
}
