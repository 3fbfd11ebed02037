//! The string forms of parameter values, shared by the query string, the
//! headers and multipart text fields.

use serde::Serialize;

/// The string forms of a parameter value: none for `null`, one per item
/// for an array, one otherwise (objects as JSON text).
pub(super) fn param_values<T: Serialize + ?Sized>(
    value: &T,
) -> Result<Vec<String>, serde_json::Error> {
    fn scalar(value: serde_json::Value) -> Option<String> {
        match value {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s),
            serde_json::Value::Bool(b) => Some(b.to_string()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            other => Some(other.to_string()),
        }
    }
    Ok(match serde_json::to_value(value)? {
        serde_json::Value::Array(items) => items.into_iter().filter_map(scalar).collect(),
        other => scalar(other).into_iter().collect(),
    })
}
