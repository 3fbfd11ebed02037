//! Small serde helpers referenced from generated `#[serde(...)]` attributes.

use serde::{Deserialize, Deserializer};

/// Deserialize a present field as `Some(value)`.
///
/// Used with `#[serde(default)]` on `Option<Option<T>>` fields (optional and
/// nullable) and `Option<serde_json::Value>` fields (optional, untyped), so
/// that an absent field (`None`) stays distinct from an explicit `null`
/// (`Some(None)` / `Some(Value::Null)`). PATCH bodies need the difference.
pub fn deserialize_some<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}
