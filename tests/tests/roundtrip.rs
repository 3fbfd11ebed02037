//! Every component schema of the pinned specs round-trips: each sample the
//! spec-driven sampler (`authentik_codegen_tests::sampler`) makes for schema
//! X deserializes into the Rust type generated for X and serialises back to
//! the same JSON, byte for byte once keys are in one order: integers in
//! `number` fields stay integers, date-times keep their offset and digits. Plus a few behaviours of the checked-in `authentik-api`
//! crate that matter to clients: unknown enum values and union variants
//! survive unchanged, and PATCH bodies keep "absent" apart from `null`.

use authentik_codegen_tests::sampler::{Sample, Sampler};
use authentik_codegen_tests::{inputs, sampler};
use authentik_codegen_tests::{v2026_11_0_rc1_dispatch, PINNED};
use serde_json::Value;
use std::fmt::Write as _;

type Dispatch = fn(&str, Value) -> Option<Result<Value, String>>;

/// Counts and failures of one version.
#[derive(Default)]
struct Report {
    schemas: usize,
    samples: usize,
    failures: Vec<String>,
}

/// Round-trip every sample of every component schema of `version` (or of the
/// schemas `filter` keeps) through `dispatch`.
fn check_version(
    version: &str,
    dispatch: Dispatch,
    filter: impl Fn(usize, &str) -> bool,
) -> Option<Report> {
    let spec = sampler::load_spec(&inputs::fetched_spec(version)?);
    let mut sampler = Sampler::new(&spec);
    let mut report = Report::default();
    for (i, name) in sampler.schema_names().into_iter().enumerate() {
        if !filter(i, name) {
            continue;
        }
        report.schemas += 1;
        for sample in sampler.samples(name) {
            report.samples += 1;
            if let Some(failure) = check_sample(name, &sample, dispatch) {
                report.failures.push(failure);
            }
        }
    }
    eprintln!(
        "{version}: {} schemas, {} samples, {} failures",
        report.schemas,
        report.samples,
        report.failures.len()
    );
    Some(report)
}

fn check_sample(name: &str, sample: &Sample, dispatch: Dispatch) -> Option<String> {
    let what = format!("{name} [{}]", sample.describe());
    match dispatch(name, sample.value.clone()) {
        None => Some(format!("{what}: no generated type for this schema")),
        Some(Err(e)) => Some(format!("{what}: {e}\n    sample: {}", short(&sample.value))),
        Some(Ok(back)) => {
            let difference = first_difference(&sample.value, &back, String::new());
            match difference {
                Some((pointer, sent, got)) => Some(format!(
                    "{what}: differs at `{pointer}`: sent {sent}, got back {got}\n    sample: {}",
                    short(&sample.value)
                )),
                None if canonical(&sample.value) != canonical(&back) => Some(format!(
                    "{what}: not the same text: sent {}, got back {}",
                    canonical(&sample.value),
                    canonical(&back)
                )),
                None => None,
            }
        }
    }
}

/// The first JSON pointer where `a` and `b` differ, with both sides there.
fn first_difference(a: &Value, b: &Value, pointer: String) -> Option<(String, String, String)> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                let p = format!("{pointer}/{}", escape(k));
                match y.get(k) {
                    Some(w) => {
                        if let Some(d) = first_difference(v, w, p) {
                            return Some(d);
                        }
                    }
                    None => return Some((p, short(v), "(absent)".into())),
                }
            }
            y.iter().find(|(k, _)| !x.contains_key(*k)).map(|(k, w)| {
                (
                    format!("{pointer}/{}", escape(k)),
                    "(absent)".into(),
                    short(w),
                )
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (v, w))| first_difference(v, w, format!("{pointer}/{i}"))),
        _ if a == b => None,
        _ => Some((pointer, short(a), short(b))),
    }
}

/// JSON text with every object's keys sorted: equal iff the two texts are
/// the same but for key order.
fn canonical(value: &Value) -> String {
    fn sort(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let sorted: std::collections::BTreeMap<&String, Value> =
                    map.iter().map(|(k, v)| (k, sort(v))).collect();
                Value::Object(sorted.into_iter().map(|(k, v)| (k.clone(), v)).collect())
            }
            Value::Array(items) => Value::Array(items.iter().map(sort).collect()),
            other => other.clone(),
        }
    }
    sort(value).to_string()
}

/// A JSON pointer reference token.
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// `value` as JSON, cut to a readable length.
fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

fn assert_clean(report: &Report) {
    if report.failures.is_empty() {
        return;
    }
    let mut message = format!(
        "{} of {} samples ({} schemas) do not round-trip:\n",
        report.failures.len(),
        report.samples,
        report.schemas
    );
    for f in &report.failures {
        let _ = writeln!(message, "  {f}");
    }
    panic!("{message}");
}

#[test]
fn every_schema_of_the_latest_version_round_trips() {
    let &(latest, dispatch) = PINNED.last().expect("a pinned version");
    let Some(report) = check_version(latest, dispatch, |_, _| true) else {
        return;
    };
    assert!(
        report.schemas >= 900,
        "expected every component schema, got {}",
        report.schemas
    );
    assert_clean(&report);
}

#[test]
fn every_schema_of_older_versions_round_trips() {
    let older = &PINNED[..PINNED.len().saturating_sub(1)];
    let mut all = Report::default();
    for &(version, dispatch) in older {
        let Some(report) = check_version(version, dispatch, |_, _| true) else {
            continue;
        };
        all.schemas += report.schemas;
        all.samples += report.samples;
        all.failures.extend(
            report
                .failures
                .into_iter()
                .map(|f| format!("{version}: {f}")),
        );
    }
    assert_clean(&all);
}

/// The sampler covers what it claims for the latest spec: every enum value
/// and every union variant appears in some sample.
#[test]
fn samples_of_the_latest_version_cover_enums_and_unions() {
    let Some(path) = inputs::fetched_spec(&inputs::latest()) else {
        return;
    };
    let spec = sampler::load_spec(&path);
    let mut sampler = Sampler::new(&spec);
    let challenges = sampler.samples("ChallengeTypes");
    let tags: std::collections::BTreeSet<&str> = challenges
        .iter()
        .filter_map(|s| s.value["component"].as_str())
        .collect();
    assert_eq!(tags.len(), 30, "{tags:?}");
    let providers = sampler.samples("modelRequest");
    assert!(providers
        .iter()
        .any(|s| s.value["provider_model"] == "authentik_providers_oauth2.oauth2provider"));
    // GeoIPPolicy.countries: an array of the 249-valued CountryCodeEnum.
    let countries: std::collections::BTreeSet<String> = sampler
        .samples("GeoIPPolicy")
        .iter()
        .filter_map(|s| s.value["countries"].get(0).map(Value::to_string))
        .collect();
    let known = spec["components"]["schemas"]["CountryCodeEnum"]["enum"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(countries.len(), known);
}

mod checked_in_crate {
    use authentik_api::models::{ChallengeTypes, PatchedUserRequest, SubModeEnum};

    #[test]
    fn unknown_enum_value_round_trips_verbatim() {
        let json = r#""user_fingerprint""#;
        let value: SubModeEnum = serde_json::from_str(json).unwrap();
        assert!(value.is_unknown());
        assert_eq!(value.as_str(), "user_fingerprint");
        assert_eq!(serde_json::to_string(&value).unwrap(), json);

        let known: SubModeEnum = serde_json::from_str(r#""user_upn""#).unwrap();
        assert_eq!(known, SubModeEnum::UserUpn);
    }

    #[test]
    fn unknown_union_variant_round_trips_verbatim() {
        let json = r#"{"component":"ak-stage-new","zzz":1,"a":2}"#;
        let value: ChallengeTypes = serde_json::from_str(json).unwrap();
        assert!(matches!(value, ChallengeTypes::Unknown(_)), "{value:?}");
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
    }

    #[test]
    fn known_union_variant_keeps_its_tag() {
        let json = r#"{"component":"xak-flow-redirect","to":"/next"}"#;
        let value: ChallengeTypes = serde_json::from_str(json).unwrap();
        assert!(
            matches!(value, ChallengeTypes::RedirectChallenge(_)),
            "{value:?}"
        );
        let back: serde_json::Value = serde_json::to_value(&value).unwrap();
        assert_eq!(
            back,
            serde_json::from_str::<serde_json::Value>(json).unwrap()
        );
    }

    #[test]
    fn patch_body_keeps_absent_apart_from_null() {
        let absent: PatchedUserRequest = serde_json::from_str("{}").unwrap();
        assert_eq!(absent.last_login, None);
        assert_eq!(serde_json::to_string(&absent).unwrap(), "{}");

        let null: PatchedUserRequest = serde_json::from_str(r#"{"last_login":null}"#).unwrap();
        assert_eq!(null.last_login, Some(None));
        assert_eq!(
            serde_json::to_string(&null).unwrap(),
            r#"{"last_login":null}"#
        );

        let set: PatchedUserRequest =
            serde_json::from_str(r#"{"last_login":"2024-09-27T14:26:18.315Z"}"#).unwrap();
        assert!(matches!(set.last_login, Some(Some(_))));
        assert_eq!(
            serde_json::to_string(&set).unwrap(),
            r#"{"last_login":"2024-09-27T14:26:18.315Z"}"#
        );

        assert_ne!(absent, null);
    }
}

/// Numbers and date-times come back in the form they were read, and the
/// harness tells the forms apart.
#[test]
fn numbers_and_date_times_keep_their_wire_form() {
    let round_trip = |schema: &str, value: Value| {
        let back = v2026_11_0_rc1_dispatch::roundtrip_schema(schema, value.clone())
            .unwrap()
            .unwrap();
        assert_eq!(canonical(&back), canonical(&value), "{schema}");
    };
    round_trip(
        "PaginatedUserList",
        serde_json::json!({
            "pagination": {"next": 2, "previous": 0, "count": 3.0, "current": 1,
                           "total_pages": 1.5, "start_index": 1, "end_index": 3},
            "results": [], "autocomplete": {}
        }),
    );
    for when in sampler::DATE_TIMES {
        round_trip(
            "Reputation",
            serde_json::json!({"identifier": "i", "ip": "1.2.3.4", "updated": when}),
        );
    }
    assert_ne!(
        canonical(&serde_json::json!(3)),
        canonical(&serde_json::json!(3.0))
    );
    let sample = Sample {
        mode: sampler::Mode::Full,
        label: String::new(),
        value: serde_json::json!({"identifier": "i", "ip": "i", "updated": sampler::DATE_TIME}),
    };
    // A type that wrote the instant in UTC would be caught.
    let to_utc = |_: &str, mut value: Value| -> Option<Result<Value, String>> {
        value["updated"] = serde_json::json!("2024-09-27T12:26:18.315Z");
        Some(Ok(value))
    };
    let failure = check_sample("Reputation", &sample, to_utc).unwrap();
    assert!(failure.contains("differs at `/updated`"), "{failure}");
}

/// The harness itself notices a lossy round trip and an error.
#[test]
fn lossy_round_trips_are_reported() {
    let sample = |value: Value| Sample {
        mode: sampler::Mode::Full,
        label: String::new(),
        value,
    };
    // Unknown properties are dropped by the generated structs.
    let mut value =
        serde_json::json!({"identifier": "string", "ip": "string", "updated": sampler::DATE_TIME});
    assert_eq!(
        check_sample(
            "Reputation",
            &sample(value.clone()),
            v2026_11_0_rc1_dispatch::roundtrip_schema
        ),
        None
    );
    value["zzz"] = serde_json::json!([1]);
    let failure = check_sample(
        "Reputation",
        &sample(value),
        v2026_11_0_rc1_dispatch::roundtrip_schema,
    )
    .unwrap();
    assert!(failure.contains("differs at `/zzz`"), "{failure}");
    let failure = check_sample(
        "Reputation",
        &sample(serde_json::json!({})),
        v2026_11_0_rc1_dispatch::roundtrip_schema,
    )
    .unwrap();
    assert!(failure.contains("missing field"), "{failure}");
    let failure = check_sample(
        "NoSuchSchema",
        &sample(Value::Null),
        v2026_11_0_rc1_dispatch::roundtrip_schema,
    )
    .unwrap();
    assert!(failure.contains("no generated type"), "{failure}");
    assert_eq!(
        first_difference(
            &serde_json::json!({"a": [1, {"b~/": 2}]}),
            &serde_json::json!({"a": [1, {"b~/": 3}]}),
            String::new()
        ),
        Some(("/a/1/b~0~1".to_owned(), "2".to_owned(), "3".to_owned()))
    );
}
