//! YAML read straight into a JSON value, by serde_yaml (`block_yaml` is
//! tried first, see `super::yaml_value`).
//!
//! Not through `serde_yaml::Value`: that cannot hold an integer beyond
//! `i64`/`u64` (OpenAI's `minimum: -9223372036854776000` fails there), and
//! YAML keys need not be strings (`200:` for a status code). Here an integer
//! that does not fit becomes the nearest `f64`, scalar keys become their
//! string form, tags are dropped, and a key given twice is an error.

use crate::Error;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};
use std::fmt;
use std::path::Path;

/// `text` read as YAML by serde_yaml, as a JSON value; a syntax error
/// names `path`, the line and the column.
pub(super) fn slow_value(path: &Path, text: &str) -> Result<Value, Error> {
    serde_yaml::from_str::<Json>(text)
        .map(|json| json.0)
        .map_err(|e| {
            let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
            Error::Syntax {
                path: path.to_path_buf(),
                line,
                column,
                message: e.to_string(),
            }
        })
}

/// A JSON value deserialised from any self-describing format.
struct Json(Value);

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor).map(Json)
    }
}

struct JsonVisitor;

fn float(f: f64) -> Value {
    Number::from_f64(f).map_or(Value::Null, Value::Number)
}

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| float(v as f64), Value::from))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(u64::try_from(v).map_or_else(|_| float(v as f64), Value::from))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Json::deserialize(d).map(|j| j.0)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(Json(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(Key(key)) = map.next_key()? {
            match object.entry(key) {
                Entry::Vacant(entry) => {
                    entry.insert(map.next_value::<Json>()?.0);
                }
                Entry::Occupied(entry) => {
                    let key = entry.key();
                    return Err(de::Error::custom(format!("duplicate key {key:?}")));
                }
            }
        }
        Ok(Value::Object(object))
    }
    /// A tagged value (`!tag value`): the tag is dropped.
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        use de::VariantAccess;
        let (_tag, variant): (de::IgnoredAny, _) = data.variant()?;
        variant.newtype_variant::<Json>().map(|j| j.0)
    }
}

/// A mapping key: a scalar, as its string form.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        key_string(Json::deserialize(deserializer)?.0)
            .map(Key)
            .ok_or_else(|| {
                de::Error::custom(
                    "a mapping key that is not a scalar (a sequence or mapping as a key)",
                )
            })
    }
}

/// A scalar key's string form (`200` for `200:`, `null` for `~:`); `None`
/// for a sequence or a mapping.
pub(super) fn key_string(key: Value) -> Option<String> {
    match key {
        Value::String(s) => Some(s),
        Value::Null => Some("null".into()),
        value @ (Value::Bool(_) | Value::Number(_)) => Some(value.to_string()),
        Value::Array(_) | Value::Object(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read(text: &str) -> Result<Value, Error> {
        slow_value(Path::new("t.yaml"), text)
    }

    #[test]
    fn keys_numbers_and_tags() {
        assert_eq!(
            read("200: {a: !tag 1, b: -9223372036854776000, c: 18446744073709551615}").unwrap(),
            json!({"200": {"a": 1, "b": -9.223372036854776e18, "c": u64::MAX}})
        );
        assert_eq!(read("true: ~").unwrap(), json!({"true": null}));
    }

    #[test]
    fn duplicate_and_non_scalar_keys_are_located_errors() {
        let e = read("a: 1\na: 2\n").unwrap_err().to_string();
        assert!(
            e.contains("t.yaml:") && e.contains("duplicate key \"a\""),
            "{e}"
        );
        let e = read("? [1]\n: 2\n").unwrap_err().to_string();
        assert!(e.contains("not a scalar"), "{e}");
    }
}
