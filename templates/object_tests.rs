//! Tests of `object!` (runtime/object.rs) on structs written the way the
//! generator writes them.

use super::runtime;
use serde_json::{json, Value};
use std::collections::BTreeMap;

runtime::object! {
    /// One field of each mode.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Thing {
        pub name: String => 0 "name" req,
        /// A renamed field.
        pub r#type: Option<String> => 1 "type" opt,
        pub parent: Option<u32> => 2 "parent" nullable,
        pub note: Option<Option<String>> => 3 "note" opt_null,
        pub attributes: Option<Value> => 4 "attributes" opt_null,
        pub inner: Option<Box<Inner>> => 5 "inner" opt,
        pub count: i64 => 6 "count" req,
    }
    required(0 name, 6 count)
}

runtime::object! {
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Inner {
        pub items: Option<Vec<Item>> => 0 "items" opt,
    }
    required()
}

runtime::object! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Item {
        pub count: u8 => 0 "count" req,
    }
    required(0 count)
}

runtime::object! {
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Open {
        pub code: Option<String> => 0 "code" opt,
    }
    required()
    rest(additional_properties: BTreeMap<String, Value>)
}

runtime::object! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct RedirectUri {
        pub matching_mode: String => 0 "matching_mode" req,
        pub url: String => 1 "url" req,
    }
    required(0 matching_mode, 1 url)
}

runtime::object! {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Provider {
        pub redirect_uris: Vec<RedirectUri> => 0 "redirect_uris" urls("2024.12"),
        pub extra_uris: Option<Vec<RedirectUri>> => 1 "extra_uris" urls_opt("2024.12"),
    }
    required(0 redirect_uris)
}

fn thing(value: Value) -> Result<Thing, serde_json::Error> {
    serde_json::from_value(value)
}

#[test]
fn every_mode_round_trips_and_absent_stays_apart_from_null() {
    for text in [
        r#"{"name":"a","parent":null,"count":1}"#,
        r#"{"name":"a","type":"t","parent":3,"note":null,"attributes":null,"count":-2}"#,
        r#"{"name":"a","parent":null,"note":"n","attributes":{"k":[1]},"inner":{"items":[{"count":1}]},"count":0}"#,
    ] {
        let value: Thing = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), text, "{text}");
    }
    let absent = thing(json!({"name": "a", "count": 1})).unwrap();
    assert_eq!(
        (absent.note.clone(), absent.attributes.clone()),
        (None, None)
    );
    assert_eq!(absent.parent, None);
    // `nullable` is written even when `None`; `opt` is left out.
    assert_eq!(
        serde_json::to_value(&absent).unwrap(),
        json!({"name": "a", "parent": null, "count": 1})
    );
    let null = thing(json!({"name": "a", "count": 1, "note": null, "attributes": null})).unwrap();
    assert_eq!(null.note, Some(None));
    assert_eq!(null.attributes, Some(Value::Null));
    // `null` where the field is optional but not nullable: an error, unless
    // a lenient decode corrects it (`correct_tests`).
    let wrong = thing(json!({"name": "a", "count": 1, "type": null})).unwrap_err();
    assert_eq!(wrong.to_string(), "invalid type: null, expected a string");
}

#[test]
fn errors_name_the_field() {
    let missing = thing(json!({"name": "a"})).unwrap_err().to_string();
    assert_eq!(missing, "missing field `count`");
    let first_missing = thing(json!({})).unwrap_err().to_string();
    assert_eq!(first_missing, "missing field `name`");
    let duplicate = serde_json::from_str::<Thing>(r#"{"name":"a","count":1,"name":"b"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        duplicate.starts_with("duplicate field `name`"),
        "{duplicate}"
    );
    let wrong = thing(json!({"name": 1, "count": 1}))
        .unwrap_err()
        .to_string();
    assert_eq!(wrong, "invalid type: integer `1`, expected a string");
    let not_object = thing(json!([1])).unwrap_err().to_string();
    assert_eq!(not_object, "invalid type: sequence, expected struct Thing");
}

#[test]
fn unknown_fields_are_ignored() {
    let value =
        thing(json!({"name": "a", "count": 1, "new": {"deep": [1, 2]}, "more": null})).unwrap();
    assert_eq!(value.name, "a");
    assert_eq!(
        serde_json::to_value(&value).unwrap(),
        json!({"name": "a", "parent": null, "count": 1})
    );
}

#[test]
fn serde_path_to_error_sees_the_path() {
    let text = r#"{"name":"a","count":1,"inner":{"items":[{"count":1},{"count":300}]}}"#;
    let mut de = serde_json::Deserializer::from_str(text);
    let error = serde_path_to_error::deserialize::<_, Thing>(&mut de).unwrap_err();
    assert_eq!(error.path().to_string(), "inner.items[1].count");
}

#[test]
fn rest_keeps_every_other_key_in_order() {
    let open: Open = serde_json::from_value(json!({"name": ["x"], "code": "c", "a": 1})).unwrap();
    assert_eq!(open.code.as_deref(), Some("c"));
    assert_eq!(open.additional_properties.len(), 2);
    assert_eq!(open.additional_properties["name"], json!(["x"]));
    assert_eq!(
        serde_json::to_string(&open).unwrap(),
        r#"{"code":"c","a":1,"name":["x"]}"#
    );
    assert_eq!(serde_json::to_string(&Open::default()).unwrap(), "{}");
}

#[test]
fn redirect_uris_in_both_forms() {
    let legacy: Provider =
        serde_json::from_value(json!({"redirect_uris": "https://a/\nhttps://b/"})).unwrap();
    assert_eq!(legacy.redirect_uris.len(), 2);
    assert_eq!(legacy.redirect_uris[1].url, "https://b/");
    assert_eq!(legacy.extra_uris, None);
    let current: Provider = serde_json::from_value(json!({
        "redirect_uris": [{"matching_mode": "regex", "url": "x"}],
        "extra_uris": "https://c/",
    }))
    .unwrap();
    assert_eq!(current.extra_uris.as_ref().map(Vec::len), Some(1));
    assert_eq!(
        serde_json::to_value(&current).unwrap(),
        json!({
            "redirect_uris": [{"matching_mode": "regex", "url": "x"}],
            "extra_uris": [{"matching_mode": "strict", "url": "https://c/"}],
        })
    );
    let old = runtime::compat::with_target_version("2024.8.3", || serde_json::to_value(&current))
        .unwrap();
    assert_eq!(
        old,
        json!({"redirect_uris": "x", "extra_uris": "https://c/"})
    );
    let missing = serde_json::from_value::<Provider>(json!({}))
        .unwrap_err()
        .to_string();
    assert_eq!(missing, "missing field `redirect_uris`");
}

/// A serializer that only records what `serialize_struct` was told.
mod recorder {
    use serde::ser::{self, Impossible, Serialize, SerializeStruct, Serializer};
    use std::fmt;

    #[derive(Debug)]
    pub struct Error(String);
    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.0)
        }
    }
    impl std::error::Error for Error {}
    impl ser::Error for Error {
        fn custom<T: fmt::Display>(msg: T) -> Self {
            Error(msg.to_string())
        }
    }

    /// `(declared len, fields written, fields skipped)`.
    pub fn record<T: Serialize>(value: &T) -> (usize, Vec<&'static str>, Vec<&'static str>) {
        value.serialize(Recorder).unwrap()
    }

    struct Recorder;
    pub struct Fields(usize, Vec<&'static str>, Vec<&'static str>);

    impl SerializeStruct for Fields {
        type Ok = (usize, Vec<&'static str>, Vec<&'static str>);
        type Error = Error;
        fn serialize_field<T: Serialize + ?Sized>(
            &mut self,
            key: &'static str,
            _: &T,
        ) -> Result<(), Error> {
            self.1.push(key);
            Ok(())
        }
        fn skip_field(&mut self, key: &'static str) -> Result<(), Error> {
            self.2.push(key);
            Ok(())
        }
        fn end(self) -> Result<Self::Ok, Error> {
            Ok((self.0, self.1, self.2))
        }
    }

    macro_rules! unsupported {
        ($($f:ident($($t:ty),*)),*) => {
            $(fn $f(self, $(_: $t),*) -> Result<Self::Ok, Error> { Err(ser::Error::custom("unsupported")) })*
        };
    }

    impl Serializer for Recorder {
        type Ok = (usize, Vec<&'static str>, Vec<&'static str>);
        type Error = Error;
        type SerializeSeq = Impossible<Self::Ok, Error>;
        type SerializeTuple = Impossible<Self::Ok, Error>;
        type SerializeTupleStruct = Impossible<Self::Ok, Error>;
        type SerializeTupleVariant = Impossible<Self::Ok, Error>;
        type SerializeMap = Impossible<Self::Ok, Error>;
        type SerializeStruct = Fields;
        type SerializeStructVariant = Impossible<Self::Ok, Error>;
        unsupported!(
            serialize_bool(bool),
            serialize_i8(i8),
            serialize_i16(i16),
            serialize_i32(i32),
            serialize_i64(i64),
            serialize_u8(u8),
            serialize_u16(u16),
            serialize_u32(u32),
            serialize_u64(u64),
            serialize_f32(f32),
            serialize_f64(f64),
            serialize_char(char),
            serialize_str(&str),
            serialize_bytes(&[u8]),
            serialize_none(),
            serialize_unit(),
            serialize_unit_struct(&'static str),
            serialize_unit_variant(&'static str, u32, &'static str)
        );
        fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<Self::Ok, Error> {
            Err(ser::Error::custom("unsupported"))
        }
        fn serialize_newtype_struct<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: &T,
        ) -> Result<Self::Ok, Error> {
            Err(ser::Error::custom("unsupported"))
        }
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<Self::Ok, Error> {
            Err(ser::Error::custom("unsupported"))
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
            Err(ser::Error::custom("unsupported"))
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
            Err(ser::Error::custom("unsupported"))
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, Error> {
            Err(ser::Error::custom("unsupported"))
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Error> {
            Err(ser::Error::custom("unsupported"))
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
            Err(ser::Error::custom("unsupported"))
        }
        fn serialize_struct(self, _: &'static str, len: usize) -> Result<Fields, Error> {
            Ok(Fields(len, Vec::new(), Vec::new()))
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Error> {
            Err(ser::Error::custom("unsupported"))
        }
    }
}

#[test]
fn serialize_struct_is_told_the_number_of_fields_written() {
    let value = thing(json!({"name": "a", "count": 1, "note": null})).unwrap();
    let (len, written, skipped) = recorder::record(&value);
    assert_eq!(written, ["name", "parent", "note", "count"]);
    assert_eq!(skipped, ["type", "attributes", "inner"]);
    assert_eq!(len, written.len());
}

runtime::object! {
    /// Fields named like the locals of the expansion.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Shadows {
        pub map: Option<u8> => 0 "map" opt,
        pub key: Option<u8> => 1 "key" opt,
        pub value: Option<u8> => 2 "value" opt,
        pub sink: Option<u8> => 3 "sink" opt,
        pub serializer: Option<u8> => 4 "serializer" opt,
        pub deserializer: Option<u8> => 5 "deserializer" opt,
    }
    required()
}

#[test]
fn field_names_do_not_clash_with_the_expansion() {
    let text = r#"{"map":1,"key":2,"value":3,"sink":4,"serializer":5,"deserializer":6}"#;
    let value: Shadows = serde_json::from_str(text).unwrap();
    assert_eq!((value.map, value.deserializer), (Some(1), Some(6)));
    assert_eq!(serde_json::to_string(&value).unwrap(), text);
}

/// `json_path::path_at` at serde_json's error position against
/// `serde_path_to_error`, which tracks the path while decoding.
#[test]
fn json_path_finds_the_path_serde_path_to_error_tracks() {
    let cases = [
        // wrong types, at several depths
        r#"{"name": 1, "count": 1}"#,
        r#"{"name": "a", "count": "1"}"#,
        r#"{"name": "a", "count": 1, "inner": {"items": [{"count": 1}, {"count": 300}]}}"#,
        r#"{"name": "a", "count": 1, "inner": {"items": [{"count": 1}, {"count": "x"}]}}"#,
        r#"{"name": "a", "count": 1, "inner": {"items": {"count": 1}}}"#,
        r#"{"name": "a", "count": 1, "inner": []}"#,
        r#"{"name": "a", "count": 1, "type": {"x": [1, 2, {"y": "z"}]}, "parent": "p"}"#,
        "{\n  \"name\": \"a\",\n  \"count\": 1,\n  \"inner\": {\n    \"items\": [\n      {\"count\": -1}\n    ]\n  }\n}",
        // escaped and unicode keys before the failing one
        r#"{"n\"a\u00e9me": 1, "name": "a", "count": true}"#,
        // missing fields, at the top and nested
        r#"{"name": "a"}"#,
        r#"{}"#,
        r#"{"name": "a", "count": 1, "inner": {"items": [{"count": 1}, {}]}}"#,
        // not an object
        r#"[1, 2]"#,
        r#""text""#,
        // trailing characters
        r#"{"name": "a", "count": 1} trailing"#,
    ];
    let mut mismatches = Vec::new();
    for text in cases {
        let plain = serde_json::from_str::<Thing>(text).unwrap_err();
        let scanned = runtime::json_path::path_at(text.as_bytes(), plain.line(), plain.column());
        let mut de = serde_json::Deserializer::from_str(text);
        let tracked = match serde_path_to_error::deserialize::<_, Thing>(&mut de) {
            Err(e) => e.path().to_string(),
            // Trailing characters: only `Deserializer::end` sees them.
            Ok(_) => ".".to_string(),
        };
        if scanned != tracked {
            mismatches.push(format!("{text}: {plain}: {scanned} != {tracked}"));
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
    // Differences: a text cut after `,` in an array points at the element
    // that was to come; a duplicate key is named (serde_path_to_error names
    // the object holding it).
    let text = r#"{"name": "a", "count": 1, "inner": {"items": [{"count": 1},"#;
    let plain = serde_json::from_str::<Thing>(text).unwrap_err();
    let scanned = runtime::json_path::path_at(text.as_bytes(), plain.line(), plain.column());
    assert_eq!(scanned, "inner.items[1]");
    let text = r#"{"inner": {"items": []}, "name": "a", "count": 1, "inner": {}}"#;
    let plain = serde_json::from_str::<Thing>(text).unwrap_err();
    let scanned = runtime::json_path::path_at(text.as_bytes(), plain.line(), plain.column());
    assert_eq!(scanned, "inner");
}

#[test]
fn json_path_renders_like_serde_path_to_error() {
    use runtime::json_path::path_before;
    assert_eq!(path_before(b"", 0), ".");
    assert_eq!(path_before(br#"{"a": [1, {"b": "#, 15), "a[1].b");
    assert_eq!(path_before(br#"[[1], [2, 3"#, 11), "[1][1]");
    // Past the end of the text: the whole text.
    assert_eq!(path_before(br#"{"k": {"#, 99), "k");
    // A key is the path only once its value starts.
    assert_eq!(path_before(br#"{"a": 1, "b""#, 12), "b");
}
