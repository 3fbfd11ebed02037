//! The path a client decode error names (found from serde_json's error
//! position by the runtime's `json_path`) is the path `serde_path_to_error`
//! tracks while decoding, on the checked-in crate's real models: for every
//! component schema of the newest pinned version, the samples are broken one
//! leaf at a time (a value of the wrong JSON type) and one key at a time
//! (removed), and every break that fails to decode must name the same path
//! both ways.

use authentik_codegen_tests::folded_dispatch::error_paths_schema;
use authentik_codegen_tests::inputs;
use authentik_codegen_tests::sampler::{self, Sampler};
use serde_json::Value;

/// At most this many breaks per sample (every loop below is bounded).
const BREAKS_PER_SAMPLE: usize = 40;

/// Pointers (`/a/0/b`) of `value`'s scalar leaves and of its object keys
/// (`(pointer, is_key)`), in document order, at most `limit`.
fn spots(value: &Value, pointer: &str, limit: usize, out: &mut Vec<(String, bool)>) {
    if out.len() >= limit {
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let child_pointer =
                    format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                out.push((child_pointer.clone(), true));
                spots(child, &child_pointer, limit, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                spots(child, &format!("{pointer}/{i}"), limit, out);
            }
        }
        _ => out.push((pointer.to_string(), false)),
    }
}

/// A value of another JSON type than `value`.
fn wrong_type(value: &Value) -> Value {
    match value {
        Value::String(_) => Value::from(12345),
        Value::Number(_) => Value::from("not a number"),
        Value::Bool(_) => Value::from("yes"),
        Value::Null => Value::Array(vec![]),
        Value::Array(_) | Value::Object(_) => Value::from(true),
    }
}

/// `value` with the spot at `pointer` broken: a key removed or a leaf
/// replaced by a value of another type.
fn broken(value: &Value, pointer: &str, is_key: bool) -> Option<Value> {
    let mut value = value.clone();
    if is_key {
        let (parent, key) = pointer.rsplit_once('/')?;
        let key = key.replace("~1", "/").replace("~0", "~");
        value
            .pointer_mut(parent)?
            .as_object_mut()?
            .shift_remove(&key)?;
    } else {
        let leaf = value.pointer_mut(pointer)?;
        *leaf = wrong_type(leaf);
    }
    Some(value)
}

#[test]
fn decode_error_paths_match_serde_path_to_error() {
    let Some(path) = inputs::fetched_spec(&inputs::latest()) else {
        return;
    };
    let spec = sampler::load_spec(&path);
    let mut sampler = Sampler::new(&spec);
    let (mut compared, mut schemas) = (0, 0);
    let mut mismatches = Vec::new();
    for name in sampler.schema_names() {
        let mut found = false;
        for sample in sampler.samples(name) {
            let mut places = Vec::new();
            spots(&sample.value, "", BREAKS_PER_SAMPLE, &mut places);
            for (pointer, is_key) in places {
                let Some(value) = broken(&sample.value, &pointer, is_key) else {
                    continue;
                };
                // Pretty-printed: positions on several lines.
                let text = serde_json::to_string_pretty(&value).unwrap();
                match error_paths_schema(name, &text) {
                    None => break,
                    Some(None) => {}
                    Some(Some((scanned, tracked))) => {
                        compared += 1;
                        if scanned != tracked {
                            mismatches.push(format!(
                                "{name} [{}] {pointer} {}: {scanned} != {tracked}",
                                sample.describe(),
                                if is_key { "removed" } else { "retyped" },
                            ));
                        }
                    }
                }
                found = true;
            }
        }
        schemas += usize::from(found);
    }
    eprintln!(
        "{schemas} schemas, {compared} decode errors compared, {} mismatches",
        mismatches.len()
    );
    assert!(
        mismatches.is_empty(),
        "{:#?}",
        &mismatches[..mismatches.len().min(30)]
    );
    // Most breaks fail to decode (some land in untyped values or optional
    // keys); thousands must have been compared for the test to mean anything.
    assert!(compared > 2000, "only {compared} decode errors compared");
}
