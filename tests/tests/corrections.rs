//! Error correction on read, on generated variations of the pinned
//! releases' own bodies: for every component schema of every pinned version,
//! samples (`authentik_codegen_tests::sampler`) are varied one place at a
//! time, anywhere in the body: a key removed, a field's value made `null`,
//! a date-time written without offset or as Unix seconds (integer and
//! fractional). (`null` is not tried in the entries of maps: they are not
//! fields, and a `null` there fails a lenient decode too.) Each variation is decoded with the type the checked-in
//! crate (folded from every pinned version) has for that schema, leniently
//! and strictly. For every variation:
//!
//! - the lenient decode succeeds (0 failures);
//! - it reports a correction exactly when the strict decode fails: what the
//!   folded schema allows (an optional field removed, `null` where some
//!   version allows it, a documented quirk) decodes either way without one,
//!   anything else fails strictly, so the test shows what correction does;
//! - a correction names the varied place (its path, or the field holding it).

use authentik_codegen_tests::folded_dispatch::correct_schema;
use authentik_codegen_tests::sampler::{Mode, Sampler};
use authentik_codegen_tests::{inputs, sampler};
use serde_json::Value;
use std::collections::HashSet;

/// One way to vary a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Variation {
    Removed,
    Null,
    NoOffset,
    UnixSeconds,
    FractionalUnixSeconds,
}

/// Every variation of `value`: (what, client-style path, varied value).
fn variations(value: &Value) -> Vec<(Variation, String, Value)> {
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), value, &mut out);
    out
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn walk(root: &Value, at: &mut Vec<Step>, node: &Value, out: &mut Vec<(Variation, String, Value)>) {
    match node {
        Value::Object(map) => {
            for (key, child) in map {
                at.push(Step::Key(key.clone()));
                out.push((Variation::Removed, render(at), edit(root, at, None)));
                if !child.is_null() && !sampler::MAP_KEYS.contains(&key.as_str()) {
                    out.push((
                        Variation::Null,
                        render(at),
                        edit(root, at, Some(Value::Null)),
                    ));
                }
                walk(root, at, child, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(Step::Index(i));
                walk(root, at, child, out);
                at.pop();
            }
        }
        Value::String(text) if is_date_time(text) => {
            for (variation, form) in [
                (Variation::NoOffset, Value::from("2026-12-01T18:00:00")),
                (Variation::UnixSeconds, Value::from(1782230826)),
                (Variation::FractionalUnixSeconds, Value::from(1782230826.25)),
            ] {
                out.push((variation, render(at), edit(root, at, Some(form))));
            }
        }
        _ => {}
    }
}

fn is_date_time(text: &str) -> bool {
    text.len() > 10
        && text.as_bytes().get(10) == Some(&b'T')
        && text
            .parse::<chrono::DateTime<chrono::FixedOffset>>()
            .is_ok()
}

/// `root` with the value at `at` replaced (`None`: removed).
fn edit(root: &Value, at: &[Step], new: Option<Value>) -> Value {
    let mut copy = root.clone();
    let mut node = &mut copy;
    for step in &at[..at.len() - 1] {
        node = match step {
            Step::Key(k) => &mut node[k.as_str()],
            Step::Index(i) => &mut node[*i],
        };
    }
    match (at.last(), node, new) {
        (Some(Step::Key(k)), Value::Object(map), None) => {
            map.shift_remove(k.as_str());
        }
        (Some(Step::Key(k)), Value::Object(map), Some(v)) => {
            map.insert(k.clone(), v);
        }
        (Some(Step::Index(i)), Value::Array(items), Some(v)) => items[*i] = v,
        _ => {}
    }
    copy
}

/// `a.b[2].c` (as the client writes paths).
fn render(at: &[Step]) -> String {
    let mut out = String::new();
    for step in at {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

#[derive(Default)]
struct Report {
    samples: usize,
    variations: usize,
    /// The lenient decode corrected the varied place.
    corrected: usize,
    /// Valid for the folded crate: nothing more to correct.
    accepted: usize,
    /// Samples of older versions that need corrections themselves.
    corrected_samples: usize,
    by_kind: std::collections::BTreeMap<(Variation, bool), usize>,
    failures: Vec<String>,
}

fn check_version(version: &str, seen: &mut HashSet<String>, report: &mut Report) {
    let Some(path) = inputs::fetched_spec(version) else {
        return;
    };
    let spec = sampler::load_spec(&path);
    let mut sampler = Sampler::new(&spec);
    for name in sampler.schema_names() {
        for sample in sampler.samples(name) {
            // The full sample (every property) and the required-only one
            // cover every place a variation can be.
            if !matches!(sample.mode, Mode::Full | Mode::Required)
                || !sample.label.is_empty() && !sample.label.starts_with(char::is_alphabetic)
            {
                continue;
            }
            if !sample.value.is_object() || !seen.insert(format!("{name} {}", sample.value)) {
                continue;
            }
            report.samples += 1;
            // What the sample itself needs corrected (an older version's
            // body lacking what the folded type requires is one more place).
            let base_text = serde_json::to_vec(&sample.value).unwrap();
            let base: Vec<String> = match correct_schema(name, &base_text, true) {
                Some(Ok(corrections)) => corrections
                    .into_iter()
                    .filter(|c| c.kind.changes_value())
                    .map(|c| c.path)
                    .collect(),
                _ => Vec::new(),
            };
            if !base.is_empty() {
                report.corrected_samples += 1;
            }
            for (variation, at, value) in variations(&sample.value) {
                report.variations += 1;
                let text = serde_json::to_vec(&value).unwrap();
                let what = || {
                    format!(
                        "{version} {name} [{}] {variation:?} at `{at}`",
                        sample.describe()
                    )
                };
                let Some(lenient) = correct_schema(name, &text, true) else {
                    report.failures.push(format!("{}: no type", what()));
                    break;
                };
                let strict = correct_schema(name, &text, false).unwrap();
                let corrections = match lenient {
                    Ok(corrections) => corrections,
                    Err(e) => {
                        report
                            .failures
                            .push(format!("{}: lenient decode failed: {e}", what()));
                        continue;
                    }
                };
                let all_changed: Vec<&String> = corrections
                    .iter()
                    .filter(|c| c.kind.changes_value())
                    .map(|c| &c.path)
                    .collect();
                let changed: Vec<&String> = all_changed
                    .iter()
                    .copied()
                    .filter(|p| !base.contains(p))
                    .collect();
                let corrected = !changed.is_empty();
                *report.by_kind.entry((variation, corrected)).or_default() += 1;
                if corrected {
                    report.corrected += 1;
                } else {
                    report.accepted += 1;
                }
                match (!all_changed.is_empty(), &strict) {
                    (true, Err(_)) | (false, Ok(_)) => {}
                    (true, Ok(_)) => report.failures.push(format!(
                        "{}: corrected {changed:?}, yet strict accepts it",
                        what()
                    )),
                    (false, Err(e)) => report.failures.push(format!(
                        "{}: strict fails ({e}), yet nothing was corrected",
                        what()
                    )),
                }
                let names_it = changed.iter().any(|p| {
                    at == **p
                        || at.starts_with(&format!("{p}."))
                        || at.starts_with(&format!("{p}["))
                });
                if corrected && !names_it && report.failures.len() < 1000 {
                    report.failures.push(format!(
                        "{}: corrections {changed:?} do not name it",
                        what()
                    ));
                }
            }
        }
    }
}

#[test]
fn every_variation_decodes_leniently_and_strict_mode_fails_on_the_corrected_ones() {
    let mut report = Report::default();
    let mut seen = HashSet::new();
    for version in inputs::pinned_versions() {
        check_version(&version, &mut seen, &mut report);
    }
    eprintln!(
        "{} samples ({} needing corrections as sampled), {} variations: {} corrected, {} valid for the folded crate, {} failures",
        report.samples,
        report.corrected_samples,
        report.variations,
        report.corrected,
        report.accepted,
        report.failures.len()
    );
    for ((variation, corrected), n) in &report.by_kind {
        eprintln!(
            "  {variation:?}: {n} {}",
            if *corrected {
                "corrected"
            } else {
                "accepted as is"
            }
        );
    }
    if !inputs::pinned_versions().is_empty() && inputs::fetched_spec(&inputs::latest()).is_some() {
        assert!(
            report.corrected > 1000,
            "too few corrections: the variations do not vary"
        );
    }
    // One failure of each kind: the message without the schema and place.
    let mut kinds = std::collections::BTreeMap::new();
    for f in &report.failures {
        let kind = f.split(": ").skip(1).collect::<Vec<_>>().join(": ");
        let kind: String = kind.chars().filter(|c| !c.is_ascii_digit()).collect();
        kinds.entry(kind).or_insert(f);
    }
    let shown: Vec<&String> = kinds.values().copied().take(40).collect();
    assert!(
        report.failures.is_empty(),
        "{} failures, first ones:\n  {}",
        report.failures.len(),
        shown
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}
