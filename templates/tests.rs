//! Tests of the runtime, on hand-written types shaped like generated ones.

use crate::runtime;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

#[derive(Clone, Debug, PartialEq, Eq)]
enum Mode {
    Strict,
    Regex,
    Unknown(String),
}
runtime::string_enum!(Mode, Unknown { Strict => "strict", Regex => "regex" });

#[test]
fn enum_known_and_unknown_values_round_trip() {
    let known: Mode = serde_json::from_value(json!("regex")).unwrap();
    assert_eq!(known, Mode::Regex);
    assert_eq!(serde_json::to_value(&known).unwrap(), json!("regex"));
    let unknown: Mode = serde_json::from_value(json!("fuzzy")).unwrap();
    assert_eq!(unknown, Mode::Unknown("fuzzy".into()));
    assert!(unknown.is_unknown());
    assert_eq!(serde_json::to_string(&unknown).unwrap(), "\"fuzzy\"");
    assert_eq!("strict".parse::<Mode>().unwrap(), Mode::Strict);
    assert_eq!(Mode::Strict.to_string(), "strict");
    assert_eq!(Mode::KNOWN, ["strict", "regex"]);
    assert!(serde_json::from_value::<Mode>(json!(3)).is_err());
}

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct Patch {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "runtime::serde_helpers::deserialize_some"
    )]
    name: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "runtime::serde_helpers::deserialize_some"
    )]
    attributes: Option<Value>,
}

#[test]
fn absent_and_null_stay_apart() {
    for text in [
        r#"{}"#,
        r#"{"name":null}"#,
        r#"{"name":"x"}"#,
        r#"{"attributes":null}"#,
    ] {
        let patch: Patch = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&patch).unwrap(), text);
    }
    let patch: Patch = serde_json::from_str(r#"{"name":null}"#).unwrap();
    assert_eq!(patch.name, Some(None));
    assert_eq!(Patch::default().name, None);
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Member {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    component: Option<String>,
    value: u32,
}

#[test]
fn tagged_union_writes_the_tag() {
    let member = Member {
        component: None,
        value: 1,
    };
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::new(&mut out);
    runtime::unions::serialize_tagged(&mut serializer, "component", "ak-a", &member).unwrap();
    let written: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(written, json!({"component": "ak-a", "value": 1}));
    assert_eq!(runtime::unions::tag_of(&written, "component"), Some("ak-a"));
    let back: Member = runtime::unions::variant::<_, serde_json::Error>(written).unwrap();
    assert_eq!(back.value, 1);
}
