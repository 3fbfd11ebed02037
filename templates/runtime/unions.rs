//! Serialisation of discriminated unions (`oneOf` + `discriminator`).
//!
//! A union is read as a JSON value first, dispatched on its tag, and the
//! whole value (tag included) is handed to the variant's type. Unknown tags
//! are kept as raw JSON by the generated catch-all variant, so they
//! serialise back unchanged. When serialising a known variant the tag is
//! always written, even when the variant's own type has no such field (the
//! tag may live in a parent schema, as with authentik's `provider_model`).

use serde::{de, ser, Serialize, Serializer};
use serde_json::Value;

/// The tag of a union value, if it has a string tag.
pub fn tag_of<'a>(value: &'a Value, tag_name: &str) -> Option<&'a str> {
    value.get(tag_name).and_then(Value::as_str)
}

/// Deserialize one variant from the whole union value.
pub fn variant<T, E>(value: Value) -> Result<T, E>
where
    T: de::DeserializeOwned,
    E: de::Error,
{
    serde_json::from_value(value).map_err(E::custom)
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
