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

/// The runtime crate's fingerprint (module output's check) is set by its
/// build script, and compared byte for byte.
#[test]
fn the_fingerprint_is_this_runtime_s() {
    use crate::runtime::{is_fingerprint, FINGERPRINT};
    assert_eq!(FINGERPRINT.len(), 16, "{FINGERPRINT}");
    assert!(is_fingerprint(FINGERPRINT));
    assert!(!is_fingerprint("0000000000000000"));
    assert!(!is_fingerprint(&FINGERPRINT[1..]));
}

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

runtime::object! {
    /// A PATCH body: optional and nullable fields, as the generator writes them.
    #[derive(Debug, Default, PartialEq)]
    pub struct Patch {
        pub name: Option<Option<String>> => 0 "name" opt_null,
        pub attributes: Option<Value> => 1 "attributes" opt_null,
    }
    required()
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

mod compat {
    use crate::runtime::compat::{self, Version, Versioned};
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct RedirectUri {
        matching_mode: String,
        url: String,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Provider {
        #[serde(deserialize_with = "compat::deserialize_urls", serialize_with = "ser")]
        redirect_uris: Vec<RedirectUri>,
    }

    fn ser<S: serde::Serializer>(v: &[RedirectUri], s: S) -> Result<S::Ok, S::Error> {
        compat::serialize_urls(v, "2024.12.1", s)
    }

    #[test]
    fn redirect_uris_read_both_forms_and_write_the_target_form() {
        let legacy: Provider =
            serde_json::from_value(json!({"redirect_uris": "https://a/\n\n https://b/ \n"}))
                .unwrap();
        assert_eq!(legacy.redirect_uris.len(), 2);
        assert_eq!(
            legacy.redirect_uris[1],
            RedirectUri {
                matching_mode: "strict".into(),
                url: "https://b/".into()
            }
        );
        let current: Provider = serde_json::from_value(
            json!({"redirect_uris": [{"matching_mode": "regex", "url": "x"}]}),
        )
        .unwrap();
        assert_eq!(current.redirect_uris[0].matching_mode, "regex");

        assert_eq!(
            serde_json::to_value(&legacy).unwrap()["redirect_uris"][0]["url"],
            "https://a/"
        );
        let old =
            compat::with_target_version("2024.8.3", || serde_json::to_value(&legacy).unwrap());
        assert_eq!(old, json!({"redirect_uris": "https://a/\nhttps://b/"}));
        let new =
            compat::with_target_version("2024.12.1", || serde_json::to_value(&legacy).unwrap());
        assert!(new["redirect_uris"].is_array());
        // The target is restored afterwards.
        assert!(serde_json::to_value(&legacy).unwrap()["redirect_uris"].is_array());
    }

    #[test]
    fn versions_compare_numerically() {
        let v = |s| Version::parse(s).unwrap();
        assert!(v("2024.8.3") < v("2024.12.1"));
        assert!(v("2026.11.0-rc1") < v("2026.11.0"));
        assert!(v("2025.6") < v("2025.6.2"));
        assert!(Version::parse("latest").is_none());
    }

    #[test]
    fn versioned_keeps_older_forms() {
        let current: Versioned<uuid_like::Id> = serde_json::from_value(json!("abc")).unwrap();
        assert_eq!(current.current().map(|i| i.0.as_str()), Some("abc"));
        let legacy: Versioned<uuid_like::Id> =
            serde_json::from_value(json!({"pk": "abc", "name": "x"})).unwrap();
        assert_eq!(legacy.legacy().unwrap()["name"], "x");
        assert_eq!(
            serde_json::to_value(&legacy).unwrap(),
            json!({"pk": "abc", "name": "x"})
        );
    }

    mod uuid_like {
        #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct Id(pub String);
    }
}
