//! Tests of lenient decoding (runtime/correct.rs), date-times and numbers
//! that keep their form (runtime/datetime.rs, runtime/number.rs), DRF field
//! errors (runtime/field_errors.rs) and the array form of `object!`.

use super::runtime;
use runtime::correct::{self, Correction, CorrectionKind, FieldType};
use runtime::{DateTime, FieldErrors, LenientDateTime, Number};
use serde_json::{json, Value};
use std::collections::BTreeMap;

runtime::object! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Page {
        pub pagination: Pagination => 0 "pagination" req,
        pub results: Vec<Task> => 1 "results" req,
        pub by_name: Option<BTreeMap<String, Vec<Task>>> => 2 "by_name" opt,
    }
    required(0 pagination, 1 results)
    shapes(1 seq, 2 map_seq)
}

runtime::object! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Pagination {
        pub count: Number => 0 "count" req,
        pub next: Number => 1 "next" req,
    }
    required(0 count, 1 next)
    zero(required)
}

runtime::object! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Task {
        pub app: String => 0 "app" req,
        pub flags: Flags => 1 "flags" req,
        pub icon: Option<String> => 2 "icon" opt,
        pub id: ::uuid::Uuid => 3 "id" req,
        pub mtime: DateTime => 4 "mtime" req,
        pub extra: Value => 5 "extra" req,
        pub state: Option<State> => 6 "state" nullable,
    }
    required(0 app, 1 flags, 3 id, 4 mtime, 5 extra)
}

runtime::object! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Flags {
        pub enabled: bool => 0 "enabled" req,
        pub tags: Vec<String> => 1 "tags" req,
    }
    required(0 enabled, 1 tags)
    zero(required)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    Done,
    Unknown(String),
}
runtime::string_enum!(State, Unknown { Done => "done" });

fn task() -> Value {
    json!({
        "app": "core", "flags": {"enabled": true, "tags": ["a"]}, "icon": "i.png",
        "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "mtime": "2026-12-01T18:00:00.120000+02:00",
        "extra": {"k": 1}, "state": "done"
    })
}

fn page(results: Vec<Value>) -> Value {
    json!({"pagination": {"count": results.len(), "next": 0}, "results": results})
}

fn lenient<T: serde::de::DeserializeOwned + FieldType>(value: &Value) -> (T, Vec<Correction>) {
    let text = serde_json::to_vec(value).unwrap();
    let corrected = correct::decode::<T>(&text).unwrap();
    (corrected.value, corrected.corrections)
}

fn paths(corrections: &[Correction]) -> Vec<(String, CorrectionKind)> {
    corrections
        .iter()
        .map(|c| (c.path.clone(), c.kind))
        .collect()
}

#[test]
fn a_body_that_matches_the_schema_reads_the_same_either_way_and_round_trips() {
    let body = page(vec![task(), task()]);
    let strict: Page = serde_json::from_value(body.clone()).unwrap();
    let (value, corrections) = lenient::<Page>(&body);
    assert_eq!(value, strict);
    assert!(corrections.is_empty(), "{corrections:?}");
    assert_eq!(State::zero(), Some(State::Unknown(String::new())));
    assert!(State::zero().unwrap().is_unknown() && State::KNOWN == ["done"]);
    // Integers stay integers (`Value` tells `1` from `1.0`), the date-time
    // keeps its offset and digits.
    assert_eq!(serde_json::to_value(&value).unwrap(), body);
}

#[test]
fn missing_required_fields_get_zero_values_with_their_paths() {
    let mut second = task();
    let object = second.as_object_mut().unwrap();
    object.remove("app");
    object.remove("id");
    object.remove("mtime");
    object.remove("extra");
    object.insert("flags".into(), json!({}));
    let body = page(vec![task(), second]);
    // Strictly, the first error in document order.
    let error = serde_json::from_value::<Page>(body.clone()).unwrap_err();
    assert_eq!(error.to_string(), "missing field `enabled`");
    let (value, corrections) = lenient::<Page>(&body);
    assert_eq!(
        paths(&corrections),
        [
            (
                "results[1].flags.enabled".to_string(),
                CorrectionKind::MissingField
            ),
            (
                "results[1].flags.tags".to_string(),
                CorrectionKind::MissingField
            ),
            ("results[1].app".to_string(), CorrectionKind::MissingField),
            ("results[1].id".to_string(), CorrectionKind::MissingField),
            ("results[1].mtime".to_string(), CorrectionKind::MissingField),
            ("results[1].extra".to_string(), CorrectionKind::MissingField),
        ]
    );
    assert_eq!(corrections[0].ty, "Flags");
    assert_eq!(corrections[2].ty, "Task");
    let filled = &value.results[1];
    assert_eq!(filled.app, "");
    assert_eq!(filled.id, ::uuid::Uuid::nil());
    assert_eq!(filled.mtime.to_utc().timestamp(), 0);
    assert_eq!(filled.extra, Value::Null);
    assert_eq!(
        filled.flags,
        Flags {
            enabled: false,
            tags: vec![]
        }
    );
    assert_eq!(
        corrections[0].to_string(),
        "`results[1].flags.enabled` (Flags): required field absent, zero value filled in"
    );
}

#[test]
fn unknown_fields_are_ignored_and_recorded() {
    let mut body = task();
    body["flags"]["new"] = json!({"deep": [1]});
    body["zzz"] = json!(null);
    let strict: Task = serde_json::from_value(body.clone()).unwrap();
    let (value, corrections) = lenient::<Task>(&body);
    assert_eq!(value, strict);
    assert_eq!(
        paths(&corrections),
        [
            ("flags.new".to_string(), CorrectionKind::UnknownField),
            ("zzz".to_string(), CorrectionKind::UnknownField)
        ]
    );
    assert!(!corrections[0].kind.changes_value());
}

#[test]
fn a_missing_nested_struct_is_its_zero_value() {
    let mut body = task();
    body.as_object_mut().unwrap().remove("flags");
    let (value, corrections) = lenient::<Task>(&body);
    assert_eq!(
        paths(&corrections),
        [("flags".to_string(), CorrectionKind::MissingField)]
    );
    assert_eq!(value.flags, Flags::zero().unwrap());
    let (value, corrections) = lenient::<Page>(&json!({"results": []}));
    assert_eq!(value.pagination.count, Number::from(0));
    assert_eq!(
        paths(&corrections),
        [("pagination".to_string(), CorrectionKind::MissingField)]
    );
}

#[test]
fn null_in_non_nullable_fields_is_corrected_or_rejected() {
    let mut body = task();
    body["app"] = Value::Null;
    body["icon"] = Value::Null;
    body["extra"] = Value::Null;
    body["state"] = Value::Null;
    let error = serde_json::from_value::<Task>(body.clone()).unwrap_err();
    assert_eq!(error.to_string(), "invalid type: null, expected a string");
    let (value, corrections) = lenient::<Task>(&body);
    // `extra` is untyped and `state` nullable: `null` is theirs.
    let mut found = paths(&corrections);
    found.sort();
    assert_eq!(
        found,
        [
            ("app".to_string(), CorrectionKind::NullField),
            ("icon".to_string(), CorrectionKind::NullField)
        ]
    );
    assert_eq!((value.app.as_str(), value.icon), ("", None));
    assert_eq!((value.extra, value.state), (Value::Null, None));
    body["icon"] = json!("x");
    body["app"] = json!("a");
    body["extra"] = json!(1);
    let strict: Task = serde_json::from_value(body).unwrap();
    assert_eq!(strict.icon.as_deref(), Some("x"));
}

#[test]
fn paths_inside_maps_name_the_key() {
    let mut broken = task();
    broken.as_object_mut().unwrap().remove("app");
    let body = json!({
        "pagination": {"count": 0, "next": 0}, "results": [],
        "by_name": {"zeta": [task()], "alpha": [task(), broken]}
    });
    let (_, corrections) = lenient::<Page>(&body);
    assert_eq!(
        paths(&corrections),
        [(
            "by_name.alpha[1].app".to_string(),
            CorrectionKind::MissingField
        )]
    );
}

#[test]
fn top_level_arrays_and_structs_at_the_top() {
    let mut broken = task();
    broken.as_object_mut().unwrap().remove("id");
    let (_, corrections) = lenient::<Vec<Task>>(&json!([task(), task(), broken]));
    assert_eq!(
        paths(&corrections),
        [("[2].id".to_string(), CorrectionKind::MissingField)]
    );
    let (_, corrections) = lenient::<Flags>(&json!({"tags": []}));
    assert_eq!(
        paths(&corrections),
        [("enabled".to_string(), CorrectionKind::MissingField)]
    );
}

#[test]
fn date_times_in_other_forms() {
    for (form, kind, utc) in [
        (
            json!("2026-12-01T18:00:00"),
            CorrectionKind::DateTimeWithoutOffset,
            "2026-12-01T18:00:00+00:00",
        ),
        (
            json!(1782230826),
            CorrectionKind::DateTimeAsUnixSeconds,
            "2026-06-23T16:07:06+00:00",
        ),
        (
            json!(1782230826.5),
            CorrectionKind::DateTimeAsUnixSeconds,
            "2026-06-23T16:07:06.500+00:00",
        ),
    ] {
        let mut body = task();
        body["mtime"] = form.clone();
        let error = serde_json::from_value::<Task>(body.clone())
            .unwrap_err()
            .to_string();
        assert!(error.contains("expected an RFC 3339 date-time"), "{error}");
        let (value, corrections) = lenient::<Task>(&body);
        assert_eq!(paths(&corrections), [("mtime".to_string(), kind)]);
        assert_eq!(
            value
                .mtime
                .to_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false),
            utc
        );
        // Written back as received.
        assert_eq!(serde_json::to_value(&value).unwrap()["mtime"], form);
        // A documented form: read strictly, without a correction.
        let documented: LenientDateTime = serde_json::from_value(form.clone()).unwrap();
        assert_eq!(documented.to_utc(), value.mtime.to_utc());
        let (_, none) = lenient::<LenientDateTime>(&form);
        assert!(none.is_empty());
    }
    assert!(serde_json::from_value::<DateTime>(json!("yesterday")).is_err());
    assert!(correct::decode::<DateTime>(b"\"yesterday\"").is_err());
}

#[test]
fn date_times_keep_their_text_and_compare_by_instant() {
    for text in [
        "2026-12-01T18:00:00Z",
        "2026-12-01T20:00:00+02:00",
        "2026-12-01T18:00:00.000+00:00",
        "2026-12-01T18:00:00.120000Z",
    ] {
        let value: DateTime = serde_json::from_value(json!(text)).unwrap();
        assert_eq!(serde_json::to_value(&value).unwrap(), json!(text));
        assert_eq!(value.to_string(), text);
    }
    let a: DateTime = "2026-12-01T18:00:00Z".parse().unwrap();
    let b: DateTime = "2026-12-01T20:00:00+02:00".parse().unwrap();
    assert_eq!(a, b);
    assert_eq!(b.offset().local_minus_utc(), 7200);
    // Made in Rust: RFC 3339, `Z` for UTC.
    let made = DateTime::from(chrono::DateTime::<chrono::Utc>::UNIX_EPOCH);
    assert_eq!(
        serde_json::to_value(&made).unwrap(),
        json!("1970-01-01T00:00:00Z")
    );
    assert_eq!(made, DateTime::zero().unwrap());
}

#[test]
fn numbers_keep_their_form() {
    for text in ["3", "-7", "3.0", "0.1", "1e300", "18446744073709551615"] {
        let value: Number = serde_json::from_str(text).unwrap();
        let back = serde_json::to_string(&value).unwrap();
        let same: Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            serde_json::from_str::<Value>(&back).unwrap(),
            same,
            "{text}"
        );
    }
    assert_eq!(serde_json::to_string(&Number::from(3)).unwrap(), "3");
    assert_eq!(serde_json::to_string(&Number::from(3.0)).unwrap(), "3.0");
    assert_eq!(Number::from(3), Number::from(3.0));
    assert!(Number::from(2) < Number::from(2.5));
    assert_eq!(Number::from(4.0).as_i64(), Some(4));
    assert_eq!(Number::from(4.5).as_i64(), None);
    assert!(Number::from(-1) < Number::from(0u64));
    assert_eq!(Number::from(3.0).to_string(), "3.0");
    assert!(!Number::from(3.0).is_integer() && Number::from(3).is_integer());
}

#[test]
fn versioned_values_are_tried_strictly() {
    runtime::object! {
        #[derive(Clone, Debug, PartialEq)]
        pub struct Holder {
            pub source: runtime::compat::Versioned<Flags> => 0 "source" req,
        }
        required(0 source)
    }
    // An older form that the current type reads only with corrections is
    // kept verbatim, not corrected.
    let (value, corrections) = lenient::<Holder>(&json!({"source": "5"}));
    assert_eq!(value.source, runtime::compat::Versioned::Legacy(json!("5")));
    assert!(corrections.is_empty());
    let (value, _) = lenient::<Holder>(&json!({"source": {"tags": []}}));
    assert_eq!(
        value.source,
        runtime::compat::Versioned::Legacy(json!({"tags": []}))
    );
}

#[test]
fn a_type_that_contains_itself_through_required_fields_has_no_zero_value() {
    runtime::object! {
        #[derive(Clone, Debug, PartialEq)]
        pub struct Node {
            pub next: Box<Node> => 0 "next" req,
        }
        required(0 next)
        zero(required)
    }
    assert_eq!(Node::zero(), None);
    let error = correct::decode::<Node>(br#"{"next": {}}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "missing field `next` at line 1 column 11"
    );
}

#[test]
fn decoding_outside_decode_is_strict_and_scopes_nest() {
    let body = serde_json::to_vec(&json!({"tags": []})).unwrap();
    assert!(serde_json::from_slice::<Flags>(&body).is_err());
    assert!(correct::decode::<Flags>(&body).is_ok());
    assert!(serde_json::from_slice::<Flags>(&body).is_err());
    assert!(!correct::lenient());
}

runtime::object! {
    /// `ValidationError` as the generator writes it.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ValidationError {
        pub code: Option<String> => 0 "code" opt,
        pub non_field_errors: Option<Vec<String>> => 1 "non_field_errors" opt,
    }
    required()
    rest(additional_properties: BTreeMap<String, FieldErrors>)
    seq(non_field_errors)
}

#[test]
fn validation_errors_have_an_array_form_and_typed_field_errors() {
    let bare: ValidationError =
        serde_json::from_value(json!(["Null characters are not allowed."])).unwrap();
    assert_eq!(
        bare.non_field_errors.as_deref(),
        Some(&["Null characters are not allowed.".to_string()][..])
    );
    let body = json!({
        "username": ["This field must be unique."],
        "flags": {"x": ["Must be a valid boolean."]},
        "redirect_uris": [{}, {"url": ["Enter a valid URL."]}],
        "detail": "JSON parse error",
        "non_field_errors": ["Both."]
    });
    let errors: ValidationError = serde_json::from_value(body.clone()).unwrap();
    let fields = &errors.additional_properties;
    assert_eq!(
        fields["username"].messages(),
        ["This field must be unique."]
    );
    assert_eq!(
        fields["flags"].field("x"),
        Some(&FieldErrors::Messages(vec![
            "Must be a valid boolean.".into()
        ]))
    );
    let FieldErrors::Items(items) = &fields["redirect_uris"] else {
        panic!("{:?}", fields["redirect_uris"]);
    };
    assert!(items[0].is_empty());
    assert_eq!(items[1].to_string(), "Enter a valid URL.");
    assert_eq!(
        fields["detail"],
        FieldErrors::Message("JSON parse error".into())
    );
    assert_eq!(serde_json::to_value(&errors).unwrap(), body);
    // Not an object nor an array: an error still.
    assert!(serde_json::from_value::<ValidationError>(json!("x")).is_err());
}

runtime::object! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Named {
        pub a: String => 0 "a" req,
        pub b: String => 1 "b\"q" req,
        pub c: Vec<String> => 2 "c" req,
    }
    required(0 a, 1 b, 2 c)
}

#[test]
fn null_members_anywhere_in_the_object_are_corrected() {
    for text in [
        r#"{"a": null, "b\"q": "x", "c": []}"#,
        r#"{"b\"q": "x", "a":null,"c": []}"#,
        "{\n  \"b\\\"q\" : null ,\n  \"a\": \"y\", \"c\": [] }",
        r#"{"a": "y", "c": [], "b\"q": null}"#,
        r#"{"a": null}"#,
    ] {
        assert!(serde_json::from_str::<Named>(text).is_err(), "{text}");
        let corrected =
            correct::decode::<Named>(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert!(
            corrected
                .corrections
                .iter()
                .any(|c| c.kind == CorrectionKind::NullField),
            "{text}: {:?}",
            corrected.corrections
        );
    }
    // A `null` item of a list is not a field: still an error.
    assert!(correct::decode::<Named>(br#"{"a": "", "b\"q": "", "c": [null]}"#).is_err());
    // Bounded: a body needing more reads than the limit fails.
    let many: Vec<Value> = (0..=correct::Session::MAX_RETRIES)
        .map(|_| json!({"a": null, "b\"q": "", "c": []}))
        .collect();
    let text = serde_json::to_vec(&many).unwrap();
    assert!(correct::decode::<Vec<Named>>(&text).is_err());
    let fewer = &many[..8];
    let corrected = correct::decode::<Vec<Named>>(&serde_json::to_vec(fewer).unwrap()).unwrap();
    let paths: Vec<&str> = corrected
        .corrections
        .iter()
        .map(|c| c.path.as_str())
        .collect();
    assert_eq!(
        paths,
        ["[0].a", "[1].a", "[2].a", "[3].a", "[4].a", "[5].a", "[6].a", "[7].a"]
    );
}
