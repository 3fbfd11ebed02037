//! Serialisation of discriminated unions (`oneOf` + `discriminator`).
//!
//! A union is read as a JSON value first, dispatched on its tag, and the
//! whole value (tag included) is handed to the variant's type. Unknown tags
//! are kept as raw JSON by the generated catch-all variant, so they
//! serialise back unchanged. When serialising a known variant the tag is
//! always written, even when the variant's own type has no such field (the
//! tag may live in a parent schema, as with authentik's `provider_model`).

use serde::{de, ser, Deserialize, Serialize, Serializer};
use serde_json::Value;

/// The tag of a union value, if it has a string tag.
pub fn tag_of<'a>(value: &'a Value, tag_name: &str) -> Option<&'a str> {
    value.get(tag_name).and_then(Value::as_str)
}

/// `Deserialize::deserialize` of a union: read the value, then `dispatch`
/// it on its tag.
///
/// The value is read through a visitor and dispatched inside it, so that a
/// variant that does not fit is an error at the position of the union's
/// value (and so names its path), not at the end of the enclosing object.
pub fn deserialize<'de, D, T>(
    deserializer: D,
    dispatch: fn(Value) -> Result<T, serde_json::Error>,
) -> Result<T, D::Error>
where
    D: de::Deserializer<'de>,
{
    deserializer.deserialize_any(UnionVisitor(dispatch))
}

struct UnionVisitor<T>(fn(Value) -> Result<T, serde_json::Error>);

impl<T> UnionVisitor<T> {
    fn dispatch<E: de::Error>(self, value: Value) -> Result<T, E> {
        (self.0)(value).map_err(E::custom)
    }
}

impl<'de, T> de::Visitor<'de> for UnionVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        let value = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
        self.dispatch(value)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        let value = Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        self.dispatch(value)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        self.dispatch(Value::from(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        self.dispatch(Value::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        self.dispatch(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        self.dispatch(Value::from(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        self.dispatch(Value::from(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        self.dispatch(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        self.dispatch(Value::Null)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        let value = Value::deserialize(deserializer)?;
        self.dispatch(value)
    }
}

/// One variant of an untagged union tried on `value`: strictly (no
/// corrections, see `super::correct`), or as the decode goes.
pub fn attempt<T: de::DeserializeOwned>(value: &Value, strict: bool) -> Option<T> {
    let _scope = strict.then(super::correct::Scope::strict);
    let mark = super::correct::mark();
    let result = super::correct::decode_value(value).ok();
    if result.is_none() {
        super::correct::rollback(mark);
    }
    result
}

/// Deserialize one variant from the whole union value.
pub fn variant<T, E>(value: Value) -> Result<T, E>
where
    T: de::DeserializeOwned,
    E: de::Error,
{
    super::correct::decode_value(&value).map_err(E::custom)
}

/// Serialise `inner` with `tag_name: tag` added when it has no string tag yet.
pub fn serialize_tagged<S, T>(
    serializer: S,
    tag_name: &str,
    tag: &str,
    inner: &T,
) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    T: Serialize + ?Sized,
{
    let mut value = serde_json::to_value(inner).map_err(ser::Error::custom)?;
    if let Value::Object(map) = &mut value {
        if !matches!(map.get(tag_name), Some(Value::String(_))) {
            map.insert(tag_name.to_owned(), Value::String(tag.to_owned()));
        }
    }
    value.serialize(serializer)
}
