//! Arguments for the generated `__call_operation` (feature
//! `test-dispatch`): any operation called by id, its path parameters from
//! strings, its JSON body from a `serde_json::Value`, every other argument
//! its zero value, a body without one read from `{}` leniently (tests then
//! rewrite the request with `ClientBuilder::on_request`, e.g. to replay a
//! recorded one).

use super::super::correct::FieldType;
use super::error::RequestError;
use serde::de::DeserializeOwned;

/// Path parameter `index`, parsed.
pub fn path<T: std::str::FromStr>(
    operation: &'static str,
    path: &[&str],
    index: usize,
) -> Result<T, RequestError> {
    let text = path.get(index).copied().unwrap_or_default();
    text.parse()
        .map_err(|_| RequestError::new(operation, format!("path argument {index}: {text:?}"), None))
}

/// The zero value of an argument that is not given.
pub fn zero<T: FieldType>(operation: &'static str) -> Result<T, RequestError> {
    T::zero().ok_or_else(|| RequestError::new(operation, "an argument has no zero value", None))
}

/// The body, from JSON (its zero value when not given).
pub fn body<T: DeserializeOwned + FieldType>(
    operation: &'static str,
    body: Option<&serde_json::Value>,
) -> Result<T, RequestError> {
    match body {
        Some(value) => T::deserialize(value)
            .map_err(|e| RequestError::new(operation, "the body does not fit", Some(Box::new(e)))),
        // A struct without a zero value of its own: read from `{}`, every
        // required field its zero value.
        None => T::zero()
            .or_else(super::super::correct::zero_of::<T>)
            .ok_or_else(|| RequestError::new(operation, "the body has no zero value", None)),
    }
}
